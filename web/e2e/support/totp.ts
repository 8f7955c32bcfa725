import { setTimeout as sleepUntil } from 'node:timers/promises';
import { totpCode } from '../../../server/src/modules/auth/totp.ts';
import type { RunningServer } from './start-server.ts';

/** The server's time step (server/src/modules/auth/totp.ts: 30 s, accepted one step early or late). */
const STEP_MS = 30_000;

/** What an authenticator app shows for `secret` at `at` (ms): the server's own code generator. */
export const totp = (secret: string, at = Date.now()): string => totpCode(secret, new Date(at));

const lastSteps = new WeakMap<RunningServer, Map<string, number>>();

/**
 * A code the server will take for this account. It refuses a step not newer than the last one used
 * (a code works once) and accepts the next step early, so each sign-in takes the step after the
 * last: two per account per 30 s without waiting. A third would wait for the clock to reach its step.
 */
export async function freshTotp(server: RunningServer, email: string, secret: string): Promise<string> {
  const used = lastSteps.get(server) ?? new Map<string, number>();
  lastSteps.set(server, used);
  const step = Math.max(Math.floor(Date.now() / STEP_MS), (used.get(email) ?? -Infinity) + 1);
  used.set(email, step);
  const acceptedFrom = (step - 1) * STEP_MS;
  if (Date.now() < acceptedFrom) await sleepUntil(acceptedFrom - Date.now());
  return totp(secret, step * STEP_MS);
}
