/**
 * Waits for one turn of the event loop (timers and network I/O run), for long chains of statements
 * on the embedded database: it works in this thread and resolves each statement without leaving
 * the microtask queue, so a chain of awaited statements would hold every request back until its
 * end. With PostgreSQL each statement already waits on the network; the turn costs microseconds.
 */
export function letRequestsIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
