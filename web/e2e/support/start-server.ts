import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { adminUrl, databaseUrl } from '../../../server/test/pg-urls.ts';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234, no trailing slash */
  url: string;
  /** its database, when on PostgreSQL (`postgresUrl`): a test may read what the server wrote, such as the mail outbox */
  databaseUrl?: string;
  /** the tail of its standard output and error (what an operator would read in its log) */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /**
   * A PostgreSQL cluster (any database URL on it): the server gets a new database there, dropped at
   * stop. Without it, embedded PGlite in a temporary directory.
   */
  postgresUrl?: string;
  /** Load the synthetic demo data (accounts, countries, published cycles); default true. */
  seed?: boolean;
  /** Further variables for the server's configuration (server/src/config.ts); they win over the above. */
  env?: Record<string, string>;
}

/**
 * A PGlite data directory already migrated and seeded, copied for each server instead of seeding
 * again (a minute under load). Set by web/e2e/global-setup.ts; without it, each server seeds itself.
 */
export const SEEDED_DATA_DIR_ENV = 'GCI_E2E_SEEDED_DATA_DIR';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** under the project's 120 s hook timeout, so that a slow start fails here, with the server's output */
const STARTUP_TIMEOUT_MS = 100_000;
const KILL_AFTER_MS = 10_000;

/**
 * Starts the real platform (production mode, serving web/dist) on a free port with a database of
 * its own, migrated and, unless `seed: false`, holding the synthetic demo data. Build the web app
 * first. The server reads the wall clock: sessions, deadlines and TOTP steps are real time.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const seed = options.seed ?? true;
  const database = options.postgresUrl
    ? await newPostgresDatabase(options.postgresUrl)
    : await newPgliteDirectory(seed ? process.env[SEEDED_DATA_DIR_ENV] : undefined);
  try {
    const server = await spawnServer({ SEED_DEMO: String(seed), ALLOW_DEMO: String(seed), ...database.env, ...options.env }, STARTUP_TIMEOUT_MS);
    return {
      url: server.url,
      databaseUrl: database.env.DATABASE_URL,
      output: () => server.output(),
      stop: async () => {
        await server.stop();
        await database.remove();
      },
    };
  } catch (error) {
    await database.remove();
    throw error;
  }
}

/** Migrates and seeds a PGlite data directory for `SEEDED_DATA_DIR_ENV`, by running the server on it once. */
export async function createSeededDataDir(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gci-e2e-seeded-'));
  const server = await spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true', ALLOW_DEMO: 'true', SERVE_WEB: 'false' }, 2 * STARTUP_TIMEOUT_MS);
  // a copy must not carry the lock of a server that did not close its database
  if ((await server.stop()) !== 0) throw new Error(`The server seeding ${dataDir} did not exit cleanly:\n${server.output()}`);
  return dataDir;
}

interface ServerDatabase {
  env: Record<string, string>;
  remove(): Promise<void>;
}

async function newPgliteDirectory(template: string | undefined): Promise<ServerDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gci-e2e-'));
  if (template) await cp(template, dataDir, { recursive: true });
  const onExit = () => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', onExit);
  return {
    env: { DATA_DIR: dataDir },
    remove: async () => {
      process.off('exit', onExit);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function newPostgresDatabase(clusterUrl: string): Promise<ServerDatabase> {
  const name = `gci_e2e_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await onCluster(clusterUrl, `create database ${name}`);
  return {
    env: { DATABASE_URL: databaseUrl(clusterUrl, name) },
    remove: () => onCluster(clusterUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onCluster(clusterUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(clusterUrl) });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

interface ServerProcess {
  url: string;
  /** SIGTERM, then SIGKILL if it lingers; resolves with the exit code (null when killed) */
  stop(): Promise<number | null>;
  /** the tail of its standard output and error */
  output(): string;
}

/**
 * `npm run serve` on a free port, once GET /api/health answers 200: the compiled server, as in
 * production (global-setup.ts brings server/dist up to date), which also starts seconds sooner
 * than transpiling the sources.
 */
async function spawnServer(env: Record<string, string>, startupTimeoutMs: number): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000); // the tail is what explains a failure
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // a test run cut short (a hook timeout) must not leave the server running; before any directory goes
  const killOnExit = () => child.kill('SIGKILL');
  process.prependOnceListener('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (isRunning(child)) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      await exited;
      clearTimeout(timer);
    }
    return exited;
  };

  try {
    await waitForHealth(url, exited, startupTimeoutMs);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The platform server did not start: ${reason}\n--- server output ---\n${output}`, { cause: error });
  }
  return { url, stop, output: () => output };
}

const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

async function waitForHealth(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`it exited with code ${exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET /api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

/** A port the OS just handed out; another process could take it before the server binds, rarely. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
