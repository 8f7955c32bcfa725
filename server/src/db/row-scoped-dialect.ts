import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import { APP_ROLE, currentRowScope, databaseRoleOf, rowScopeSettings, type RowScope } from './row-scope.ts';

/**
 * How the application role is taken:
 * - 'connection': the connections were opened as it (PostgreSQL: a pool of the application's own,
 *   `-c role=gci_app` at start-up; the same for every request, so nothing of a user's is in it);
 *   public routes' transactions switch to the public role
 * - 'transaction': each transaction switches to its role (PGlite: one connection, shared with the owner)
 */
export type RoleMode = 'connection' | 'transaction';

// The values are ours (an enum, an ISO code, a UUID), checked here before they are written into SQL.
const PLAIN = /^[A-Za-z0-9_-]*$/;
const literal = (value: string): string => {
  if (!PLAIN.test(value)) throw new Error(`Refusing an unexpected row-scope value: ${JSON.stringify(value)}`);
  return `'${value}'`;
};

/**
 * Who is asking, for the policies to read. Every value is transaction-local (`is_local` = true):
 * a pooled connection carries nothing over to the next request, which a session-wide `SET` would.
 */
function settingsSql(scope: RowScope, mode: RoleMode): string {
  const s = rowScopeSettings(scope);
  const values: [string, string][] = [
    ['gci.scope', s.scope],
    ['gci.country', s.country],
    ['gci.user', s.user],
    ['gci.role', s.role],
  ];
  const role = databaseRoleOf(scope);
  if (mode === 'transaction' || role !== APP_ROLE) values.unshift(['role', role]);
  return `select ${values.map(([name, value]) => `set_config('${name}', ${literal(value)}, true)`).join(', ')}`;
}

const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/** A scope whose policies need no settings: with none set, the policies show no country's rows anyway. */
const needsNoSettings = (scope: RowScope) => scope.kind === 'none';

/**
 * A connection whose every statement runs under the current row scope: inside a transaction the
 * scope was set when it began; a statement on its own gets a transaction of its own around it,
 * unless its connection already is the application role and there is nothing to set.
 */
class RowScopedConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly mode: RoleMode,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const scope = currentRowScope();
    if (this.inTransaction || (this.mode === 'connection' && needsNoSettings(scope))) return this.inner.executeQuery<R>(query);
    try {
      await this.begin(scope);
      const result = await this.inner.executeQuery<R>(query);
      await this.inner.executeQuery(COMMIT);
      return result;
    } catch (error) {
      await this.inner.executeQuery(ROLLBACK).catch(() => undefined);
      throw error;
    }
  }

  /** Begins a plain transaction and sets the scope: one round trip (a simple-protocol batch) on PostgreSQL. */
  async begin(scope: RowScope): Promise<void> {
    if (this.mode === 'connection') {
      await this.inner.executeQuery(CompiledQuery.raw(`begin; ${settingsSql(scope, this.mode)}`));
    } else {
      await this.inner.executeQuery(CompiledQuery.raw('begin'));
      await this.inner.executeQuery(CompiledQuery.raw(settingsSql(scope, this.mode)));
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    if (!this.inTransaction) throw new Error('Streaming queries must run inside a transaction (their row scope is set when it begins)');
    yield* this.inner.streamQuery<R>(query, chunkSize);
  }
}

class RowScopedDriver implements Driver {
  readonly #connections = new WeakMap<DatabaseConnection, RowScopedConnection>();
  constructor(
    private readonly inner: Driver,
    private readonly mode: RoleMode,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.inner.acquireConnection();
    let connection = this.#connections.get(inner);
    if (!connection) this.#connections.set(inner, (connection = new RowScopedConnection(inner, this.mode)));
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const scoped = connection as RowScopedConnection;
    const plain = !settings.isolationLevel && !settings.accessMode;
    // PGlite's driver runs its transactions through PGlite's own API: always let it begin them.
    if (this.mode === 'connection' && plain) {
      await scoped.begin(currentRowScope());
    } else {
      await this.inner.beginTransaction(scoped.inner, settings);
      await scoped.inner.executeQuery(CompiledQuery.raw(settingsSql(currentRowScope(), this.mode)));
    }
    scoped.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const scoped = connection as RowScopedConnection;
    scoped.inTransaction = false;
    await this.inner.commitTransaction(scoped.inner);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const scoped = connection as RowScopedConnection;
    scoped.inTransaction = false;
    await this.inner.rollbackTransaction(scoped.inner);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const scoped = connection as RowScopedConnection;
    scoped.inTransaction = false;
    return this.inner.releaseConnection(scoped.inner);
  }

  // The pool or PGlite instance is closed by whoever opened it (see database.ts).
  async destroy(): Promise<void> {}
}

/**
 * The application's view of a database: every statement under row-level security (see the
 * migration `row_level_security`), as the application role, scoped to the caller of the request
 * (row-scope.ts). Outside a request and `runWithRowScope`, it sees no country's rows.
 */
export class RowScopedDialect implements Dialect {
  constructor(
    private readonly inner: Dialect,
    private readonly mode: RoleMode,
  ) {}
  createDriver = () => new RowScopedDriver(this.inner.createDriver(), this.mode);
  createQueryCompiler = () => this.inner.createQueryCompiler();
  createAdapter = () => this.inner.createAdapter();
  createIntrospector: Dialect['createIntrospector'] = (db) => this.inner.createIntrospector(db);
}
