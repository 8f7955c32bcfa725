import { AWAITING_SUBMISSION_STATUSES, daysLeft, dueReminderDay } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { Notifier } from '../notifications/notify.ts';
import { claimReminder, focalPointsOf, listReminderCandidates } from './reminders.repository.ts';

export interface SentReminder {
  cycleId: string;
  country: string;
  assessmentId: string;
  daysBefore: number;
  /** how many focal points were notified */
  recipients: number;
}

/**
 * Sends the deadline reminders due at `now`: in every open cycle, each participating country that
 * has not submitted (not started, in progress, or returned for revision) is reminded when one of the
 * cycle's reminder days before its deadline (its extension, if it has one) has come. Only the most
 * urgent day reached counts, and each (cycle, country, day) goes out once, across runs and across
 * servers: each reminder is claimed and sent in a transaction of its own.
 *
 * Run it as the database owner (or inside a staff row scope): it reads every country's assessments.
 */
export async function sendDueReminders(db: Db, now: Date, notifier: Notifier): Promise<SentReminder[]> {
  const sent: SentReminder[] = [];
  for (const c of await listReminderCandidates(db, AWAITING_SUBMISSION_STATUSES)) {
    const deadline = new Date(c.deadlineOverride ?? c.closesAt);
    const daysBefore = dueReminderDay(deadline, c.reminderDays, now);
    if (daysBefore === null) continue;
    const recipients = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, { cycleId: c.cycleId, countryIso3: c.countryIso3, daysBefore, at: now }))) return null;
      const team = await focalPointsOf(trx, c.countryIso3);
      const params = { cycleName: c.cycleName, closesAt: deadline, daysLeft: daysLeft(deadline, now), link: `/assessments/${c.assessmentId}` };
      await notifier.notify(trx, team, { kind: 'deadline_reminder', params, assessmentId: c.assessmentId }, now);
      return team.length;
    });
    if (recipients !== null) sent.push({ cycleId: c.cycleId, country: c.countryIso3, assessmentId: c.assessmentId, daysBefore, recipients });
  }
  return sent;
}

/** How often the reminders are looked for: days are counted in whole days, so a few minutes late is on time. */
const REMINDER_INTERVAL_MS = 10 * 60_000;

/**
 * Looks for due reminders now and then every ten minutes, until stopped (several servers may run
 * it: each reminder is claimed once). Failures are logged and tried again at the next round.
 */
export function startReminderJob({
  db,
  notifier,
  log,
  now = () => new Date(),
  intervalMs = REMINDER_INTERVAL_MS,
}: {
  db: Db;
  notifier: Notifier;
  log: { info(msg: string): void; error(obj: unknown, msg: string): void };
  now?: () => Date;
  intervalMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const round = () => {
    running = sendDueReminders(db, now(), notifier).then(
      (sent) => {
        if (sent.length) log.info(`Sent ${sent.length} deadline reminder(s)`);
      },
      (error: unknown) => log.error(error, 'deadline reminders failed; trying again at the next round'),
    );
  };
  round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
