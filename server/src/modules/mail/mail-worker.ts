import type { Executor } from '../../db/database.ts';
import { deliverDueMail, type DeliveryOptions, type SendMail } from './mail-delivery.ts';
import type { MailLog } from './mail-transport.ts';

export interface MailWorkerOptions extends DeliveryOptions {
  /** the application's database (the worker takes the mail worker's row scope on it) */
  db: Executor;
  send: SendMail;
  log: MailLog;
  /** the pause between two runs when nothing more is due */
  intervalMs?: number;
}

export interface MailWorker {
  /** delivers what is due now (also what the loop does every interval) */
  runOnce(): Promise<void>;
  /** ends the loop, after the run in progress (if any) has finished */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox in a loop: a run every `intervalMs`, or at once again while a run used its
 * whole batch. Holds no state of its own, so any number of server processes (and `npm run
 * mail-worker`) can run one on the same database. The timer does not keep the process alive.
 */
export function startMailWorker({ db, send, log, intervalMs = 5_000, ...delivery }: MailWorkerOptions): MailWorker {
  const limit = delivery.limit ?? 50;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function run(): Promise<boolean> {
    try {
      const report = await deliverDueMail(db, send, { ...delivery, limit });
      for (const dead of report.dead) log.warn(`Mail ${dead.id} to ${dead.to} was not delivered and will not be tried again: ${dead.error}`);
      const total = report.sent + report.retried + report.dead.length;
      if (total > 0) log.info(`Mail: ${report.sent} sent, ${report.retried} to try again later, ${report.dead.length} not deliverable`);
      return total >= limit;
    } catch (error) {
      log.warn(`Mail delivery stopped (${error instanceof Error ? error.message : String(error)}); trying again in ${Math.round(intervalMs / 1000)} s`);
      return false;
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().then((more) => {
        running = undefined;
        schedule(more ? 0 : intervalMs);
      });
    }, delay);
    timer.unref();
  }

  schedule(0);
  return {
    runOnce: async () => {
      await running;
      await run();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
