import type pg from 'pg';

type Query = (...args: unknown[]) => unknown;

/** pg's error when no reply came within `query_timeout`. */
const READ_TIMEOUT_MESSAGE = 'Query read timeout';

/**
 * Ends a connection whose query got no reply in time. pg gives up on the query but keeps the
 * connection, whose reply may still come (or never, through a network black hole): the rollback
 * that follows would wait behind it for a second timeout, and the pool would hand the connection
 * to the next request. Ended, the rollback fails at once and the pool opens a new connection.
 */
export function endOnReadTimeout(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === READ_TIMEOUT_MESSAGE) client.end().catch(() => undefined);
      });
    }
    return result;
  }) as typeof client.query;
}
