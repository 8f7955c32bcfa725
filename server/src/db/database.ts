import { CamelCasePlugin, Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './tables.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { RowScopedDialect } from './row-scoped-dialect.ts';
import { APP_ROLE } from './row-scope.ts';
import { DEFAULT_PREPARED_STATEMENTS, prepareRepeatedQueries } from './prepared-statements.ts';
import { endOnReadTimeout } from './read-timeout.ts';

export type Db = Kysely<Database>;
/** What a repository function runs on: the database, or a transaction a service opened. */
export type Executor = Db | Transaction<Database>;
/** The application's database: every statement under row-level security, scoped to the caller (see row-scope.ts). */
export type AppDb = Db & { readonly rowScoped: true };
export type DbKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  /** as the owner: migrations, the seed, command-line tools and test factories */
  db: Db;
  /** as the application role, over the same connections: what the HTTP application gets */
  appDb: AppDb;
  kind: DbKind;
  /** the embedded instance, when kind is 'pglite' (tests dump it to start each file from a copy) */
  pglite?: PGlite;
  close(): Promise<void>;
}

// int8 (bigint, count(*)) arrives as a string from pg and as a number from PGlite: make them agree.
// Our int8 values (history ids, counts) stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

// Keep keys inside JSON values as they are: question keys such as 'legal.spam_law' must not be renamed.
export const kyselyPlugins = () => [new CamelCasePlugin({ maintainNestedObjectKeys: true })];

/** Opens PostgreSQL through pg pools: the owner's, and the application's, whose connections start as the application role. */
export function openPostgres(url: string, options: Config['db'], applicationName = 'gci-api'): DatabaseHandle {
  const openPool = (extra: pg.PoolConfig = {}, preparedStatements = 0) => {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolMax,
      connectionTimeoutMillis: options.connectTimeoutMs,
      statement_timeout: options.statementTimeoutMs,
      query_timeout: options.statementTimeoutMs + 1000,
      idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
      application_name: applicationName,
      ...extra,
    });
    // Without these a connection dropped by the server (restart, pg_terminate_backend) crashes the process.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
      endOnReadTimeout(client);
      prepareRepeatedQueries(client, preparedStatements);
    });
    return pool;
  };
  const ownerPool = openPool();
  // the owner's pool runs migrations: statements prepared before a table changes would fail after it
  const appPool = openPool({ options: `-c role=${APP_ROLE}` }, options.preparedStatements ?? DEFAULT_PREPARED_STATEMENTS);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: ownerPool }), plugins: kyselyPlugins() });
  const appDb = new Kysely<Database>({
    dialect: new RowScopedDialect(new PostgresDialect({ pool: appPool }), 'connection'),
    plugins: kyselyPlugins(),
  }) as AppDb;
  return {
    db,
    appDb,
    kind: 'postgres',
    close: async () => {
      await appDb.destroy();
      await appPool.end();
      await db.destroy();
    },
  };
}

/** Shared buffers of an embedded database kept on disk (`npm start`): see openPglite. */
const PGLITE_SHARED_BUFFERS = '64MB';

/** Opens an embedded PGlite: persisted in `dataDir`, or in memory (optionally from a dump) when none is given. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File } = {}): Promise<DatabaseHandle> {
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  try {
    const pglite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      // PostgreSQL's default 128 MB of shared buffers is set up in the process's WebAssembly memory
      // (which never shrinks) at start. 64 MB still holds the whole demo (under 50 MB): 16 MB saved
      // another 50 MB but made the end-to-end suite 10 % slower, every miss a read through the
      // emulated file system (issue 18: under 250 MB idle).
      ...(options.dataDir ? { postgresqlconf: [`shared_buffers = ${PGLITE_SHARED_BUFFERS}`] } : {}),
    });
    const dialect = new PGliteDialect({ pglite });
    const db = new Kysely<Database>({ dialect, plugins: kyselyPlugins() });
    const appDb = new Kysely<Database>({ dialect: new RowScopedDialect(dialect, 'transaction'), plugins: kyselyPlugins() }) as AppDb;
    return {
      db,
      appDb,
      kind: 'pglite',
      pglite,
      close: async () => {
        await appDb.destroy();
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

export function openDatabase(config: Config): Promise<DatabaseHandle> | DatabaseHandle {
  return config.database.kind === 'postgres' ? openPostgres(config.database.url, config.db) : openPglite({ dataDir: config.database.dataDir });
}
