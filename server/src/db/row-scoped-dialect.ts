import { CompiledQuery, type DatabaseConnection, type Dialect, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import { APP_ROLE, currentRowScope, rowScopeSettings } from './row-scope.ts';

/**
 * Switches a transaction to the application role and tells the policies who is asking. Every
 * value is transaction-local (`is_local` = true): a pooled connection carries nothing over to the
 * next request, which a session-wide `SET` would.
 */
function scopeQuery(): CompiledQuery {
  const s = rowScopeSettings(currentRowScope());
  return CompiledQuery.raw(
    `select set_config('role', $1, true), set_config('gci.scope', $2, true), set_config('gci.country', $3, true),
            set_config('gci.user', $4, true), set_config('gci.role', $5, true)`,
    [APP_ROLE, s.scope, s.country, s.user, s.role],
  );
}

const BEGIN = CompiledQuery.raw('begin');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/**
 * A connection whose every statement runs under the current row scope: inside a transaction the
 * scope was set when it began; a statement on its own gets a transaction of its own around it.
 */
class RowScopedConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return this.inner.executeQuery<R>(query);
    await this.inner.executeQuery(BEGIN);
    try {
      await this.inner.executeQuery(scopeQuery());
      const result = await this.inner.executeQuery<R>(query);
      await this.inner.executeQuery(COMMIT);
      return result;
    } catch (error) {
      await this.inner.executeQuery(ROLLBACK).catch(() => undefined);
      throw error;
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    if (!this.inTransaction) throw new Error('Streaming queries must run inside a transaction (their row scope is set when it begins)');
    yield* this.inner.streamQuery<R>(query, chunkSize);
  }
}

class RowScopedDriver implements Driver {
  readonly #connections = new WeakMap<DatabaseConnection, RowScopedConnection>();
  constructor(private readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.inner.acquireConnection();
    let connection = this.#connections.get(inner);
    if (!connection) this.#connections.set(inner, (connection = new RowScopedConnection(inner)));
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const scoped = connection as RowScopedConnection;
    await this.inner.beginTransaction(scoped.inner, settings);
    scoped.inTransaction = true;
    await scoped.inner.executeQuery(scopeQuery());
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

  // The pool (or PGlite instance) belongs to the owner's Kysely, which closes it.
  async destroy(): Promise<void> {}
}

/**
 * The application's view of a database that another Kysely (the owner's) opened: the same pool
 * or PGlite instance, with every statement under row-level security (see the migration
 * `row_level_security`). Outside a request and `runWithRowScope`, it sees no country's rows.
 */
export class RowScopedDialect implements Dialect {
  constructor(private readonly inner: Dialect) {}
  createDriver = () => new RowScopedDriver(this.inner.createDriver());
  createQueryCompiler = () => this.inner.createQueryCompiler();
  createAdapter = () => this.inner.createAdapter();
  createIntrospector: Dialect['createIntrospector'] = (db) => this.inner.createIntrospector(db);
}
