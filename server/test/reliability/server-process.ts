import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './pg-cluster.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real server as a child process (the same command as `npm run serve`, without the web app). */
export class ServerProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];
  exits = 0;

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const server = await ServerProcess.create(env);
    await server.start();
    return server;
  }

  /** A server on a free port, not yet started: for a test that watches its output while it starts. */
  static async create(env: Record<string, string>): Promise<ServerProcess> {
    return new ServerProcess(await freePort(), env);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--conditions=@gci/source', '--import', 'tsx', 'server/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SERVE_WEB: 'false',
        SEED_DEMO: 'false',
        // some of these tests seed the demo into the database themselves
        ALLOW_DEMO: 'true',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => this.output.push(String(d)));
    child.stderr.on('data', (d) => this.output.push(String(d)));
    child.on('exit', () => this.exits++);
    this.child = child;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited: ${this.output.join('')}`);
      try {
        const res = await fetch(`${this.url}/api/health`);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server did not become healthy: ${this.output.join('')}`);
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** kill -9: no graceful shutdown, requests in flight are cut. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM, as a process manager sends it: resolves with the exit code and how long the exit took. */
  async terminate(): Promise<{ code: number | null; ms: number }> {
    const child = this.child;
    if (!child || !this.alive) throw new Error('the server is not running');
    const started = performance.now();
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    const code = await exited;
    return { code, ms: performance.now() - started };
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
