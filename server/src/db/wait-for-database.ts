import { isDatabaseUnavailable } from './unavailable.ts';

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits at start-up until the database answers, so a server started before PostgreSQL is ready
 * (a compose file, a reboot, a failover) comes up by itself instead of exiting into a restart loop.
 * Only "unreachable" errors are waited out; a wrong password or a missing database fails at once.
 */
export async function waitForDatabase(
  ping: () => Promise<unknown>,
  {
    log,
    sleep = sleepFor,
    firstDelayMs = 500,
    maxDelayMs = 5_000,
  }: { log: (line: string) => void; sleep?: (ms: number) => Promise<void>; firstDelayMs?: number; maxDelayMs?: number },
): Promise<void> {
  for (let delay = firstDelayMs, waited = false; ; delay = Math.min(delay * 2, maxDelayMs)) {
    try {
      await ping();
      if (waited) log('The database answers now; starting.');
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
      log(`Waiting for the database (${reason}); trying again in ${delay / 1000} s.`);
      waited = true;
      await sleep(delay);
    }
  }
}
