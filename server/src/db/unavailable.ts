// Errors from pg / PGlite that mean "the database is unreachable right now", not "the request is wrong":
// refused or cut connections, a server shutting down or starting up, a statement cancelled by its timeout,
// a connection ended because its reply did not come in time (read-timeout.ts).
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '57014']);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    (typeof e?.code === 'string' && UNAVAILABLE.has(e.code)) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|Client was closed and is not queryable/.test(
      e?.message ?? '',
    )
  );
}
