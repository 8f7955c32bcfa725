import { AWAITING_SUBMISSION_STATUSES, daysLeft, dueReminderDay } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { notify } from '../notifications/notify.ts';
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
export async function sendDueReminders(db: Db, now: Date): Promise<SentReminder[]> {
  const sent: SentReminder[] = [];
  for (const c of await listReminderCandidates(db, AWAITING_SUBMISSION_STATUSES)) {
    const deadline = new Date(c.deadlineOverride ?? c.closesAt);
    const daysBefore = dueReminderDay(deadline, c.reminderDays, now);
    if (daysBefore === null) continue;
    const recipients = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, { cycleId: c.cycleId, countryIso3: c.countryIso3, daysBefore, at: now }))) return null;
      const team = await focalPointsOf(trx, c.countryIso3);
      const country = (c.names as { en: string }).en;
      const left = daysLeft(deadline, now);
      const title = `${c.cycleName}: ${left === 1 ? '1 day' : `${left} days`} left to submit ${country}'s questionnaire (deadline ${deadline.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
      await notify(trx, team, { kind: 'deadline_reminder', title, link: `/assessments/${c.assessmentId}`, assessmentId: c.assessmentId }, now);
      return team.length;
    });
    if (recipients !== null) sent.push({ cycleId: c.cycleId, country: c.countryIso3, assessmentId: c.assessmentId, daysBefore, recipients });
  }
  return sent;
}
