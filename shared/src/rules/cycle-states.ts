import type { AssessmentStatus } from './assessment-states.ts';

/**
 * The life of a cycle: prepared as a draft, open for answers, closed to the country teams, in
 * validation (countries check their provisional results), published. Every step is an explicit
 * action of its own; anything out of order is refused with the current state.
 */
export const CYCLE_STATUSES = ['draft', 'open', 'closed', 'validation', 'published'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * `end_validation` ends the validation window before its planned end (the cycle stays in
 * validation, and may be published at once); `publish` from `published` republishes, superseding.
 */
export const CYCLE_ACTIONS = ['open', 'close', 'start_validation', 'end_validation', 'publish'] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

export const CYCLE_TRANSITIONS: Record<CycleAction, { from: readonly CycleStatus[]; to: CycleStatus }> = {
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  start_validation: { from: ['closed'], to: 'validation' },
  end_validation: { from: ['validation'], to: 'validation' },
  publish: { from: ['validation', 'published'], to: 'published' },
};

/** What the rules need to know of a cycle. Dates are instants (Date or ISO string). */
export interface CycleTiming {
  status: CycleStatus;
  validationClosesAt: Date | string;
  /** set when an administrator ended the validation window early */
  validationEndedAt: Date | string | null;
}

/** Whether the validation window is over: its planned end has come, or it was ended early. */
export const isValidationOver = (cycle: Omit<CycleTiming, 'status'>, now: Date): boolean =>
  cycle.validationEndedAt !== null || now.getTime() >= new Date(cycle.validationClosesAt).getTime();

export type CycleActionCheck = { ok: true; to: CycleStatus } | { ok: false; reason: 'state' | 'validation_window' };

/**
 * Whether `action` may be taken now. Publishing needs the validation window to be over (or the
 * cycle published already, to republish); ending the window early needs it still running.
 */
export function checkCycleAction(cycle: CycleTiming, action: CycleAction, now: Date): CycleActionCheck {
  const t = CYCLE_TRANSITIONS[action];
  if (!t.from.includes(cycle.status)) return { ok: false, reason: 'state' };
  if (cycle.status === 'validation') {
    const over = isValidationOver(cycle, now);
    if (action === 'publish' && !over) return { ok: false, reason: 'validation_window' };
    if (action === 'end_validation' && over) return { ok: false, reason: 'validation_window' };
  }
  return { ok: true, to: t.to };
}

/** The actions open to a cycle now, in the order of its life (for the buttons of the admin screens). */
export const availableCycleActions = (cycle: CycleTiming, now: Date): CycleAction[] => CYCLE_ACTIONS.filter((a) => checkCycleAction(cycle, a, now).ok);

/**
 * Assessments whose review is not settled: with the reviewers (submitted, in review, resubmitted,
 * disputed) or sent back to the country for revision (returned). Closing a cycle with any of
 * these, or with an open comment thread, asks for confirmation.
 */
export const OPEN_REVIEW_STATUSES: readonly AssessmentStatus[] = ['submitted', 'in_review', 'returned', 'resubmitted', 'disputed'];

/** Assessments whose results may be published: validated by a reviewer (and accepted or finalised since). */
export const PUBLISHABLE_STATUSES: readonly AssessmentStatus[] = ['validated', 'accepted', 'final'];

/** Assessments the country still has to (re)submit: the ones deadline reminders go to. */
export const AWAITING_SUBMISSION_STATUSES: readonly AssessmentStatus[] = ['not_started', 'in_progress', 'returned'];

export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 7, 1];

const DAY_MS = 86_400_000;

/**
 * The reminder due now for a deadline: the smallest of `reminderDays` (days before the deadline)
 * whose moment has come, or null before the first one and once the deadline has passed. Only the
 * most urgent one is due, so a late start never sends the 14-day and the 7-day reminders together.
 */
export function dueReminderDay(deadline: Date | string, reminderDays: readonly number[], now: Date): number | null {
  const end = new Date(deadline).getTime();
  if (now.getTime() >= end) return null;
  const reached = reminderDays.filter((days) => now.getTime() >= end - days * DAY_MS);
  return reached.length ? Math.min(...reached) : null;
}

/** Whole days left before a deadline, counting a started day as one (0 once it has passed). */
export function daysLeft(deadline: Date | string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(deadline).getTime() - now.getTime()) / DAY_MS));
}

export interface CycleDates {
  opensAt: string;
  closesAt: string;
  validationClosesAt: string;
}

/** The first date out of order, with the field it belongs to: closing after opening, validation after closing. */
export function checkCycleDates(dates: CycleDates): { field: keyof CycleDates; message: string } | null {
  const [opens, closes, validation] = [dates.opensAt, dates.closesAt, dates.validationClosesAt].map((d) => new Date(d).getTime());
  if (!(closes! > opens!)) return { field: 'closesAt', message: 'The cycle must close after it opens' };
  if (!(validation! > closes!)) return { field: 'validationClosesAt', message: 'The validation window must end after the cycle closes' };
  return null;
}
