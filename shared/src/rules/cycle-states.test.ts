import { describe, expect, it } from 'vitest';
import { availableCycleActions, checkCycleAction, checkCycleDates, daysLeft, dueReminderDay, type CycleTiming } from './cycle-states.ts';

const DAY = 86_400_000;
const now = new Date('2031-03-03T09:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe(checkCycleAction.name, () => {
  const cycle = (status: CycleTiming['status'], windowEnds = 10, endedEarly = false): CycleTiming => ({
    status,
    validationClosesAt: at(windowEnds),
    validationEndedAt: endedEarly ? at(-1) : null,
  });

  it('allows one step from each state, in order', () => {
    expect(availableCycleActions(cycle('draft'), now)).toEqual(['open']);
    expect(availableCycleActions(cycle('open'), now)).toEqual(['close']);
    expect(availableCycleActions(cycle('closed'), now)).toEqual(['start_validation']);
    expect(availableCycleActions(cycle('validation'), now)).toEqual(['end_validation']);
    expect(availableCycleActions(cycle('published'), now)).toEqual(['publish']);
  });

  it('publishes only once the validation window is over: at its planned end, or ended early', () => {
    expect(checkCycleAction(cycle('validation', 10), 'publish', now)).toEqual({ ok: false, reason: 'validation_window' });
    expect(checkCycleAction(cycle('validation', 0), 'publish', now)).toEqual({ ok: true, to: 'published' });
    expect(checkCycleAction(cycle('validation', 10, true), 'publish', now)).toEqual({ ok: true, to: 'published' });
    expect(checkCycleAction(cycle('validation', 10, true), 'end_validation', now)).toEqual({ ok: false, reason: 'validation_window' });
    expect(checkCycleAction(cycle('closed', -5), 'publish', now)).toEqual({ ok: false, reason: 'state' });
  });
});

describe(dueReminderDay.name, () => {
  const days = [14, 7, 1];
  it('is null before the first reminder day and once the deadline has passed', () => {
    expect(dueReminderDay(at(20), days, now)).toBeNull();
    expect(dueReminderDay(at(0), days, now)).toBeNull();
    expect(dueReminderDay(at(-3), days, now)).toBeNull();
  });
  it('is the most urgent day reached, exactly at its moment', () => {
    expect(dueReminderDay(at(14), days, now)).toBe(14);
    expect(dueReminderDay(at(13.5), days, now)).toBe(14);
    expect(dueReminderDay(at(7), days, now)).toBe(7);
    expect(dueReminderDay(at(3), days, now)).toBe(7);
    expect(dueReminderDay(at(0.5), days, now)).toBe(1);
  });
});

describe(daysLeft.name, () => {
  it('counts a started day as one and never goes below zero', () => {
    expect(daysLeft(at(14), now)).toBe(14);
    expect(daysLeft(at(13.2), now)).toBe(14);
    expect(daysLeft(at(0.01), now)).toBe(1);
    expect(daysLeft(at(-2), now)).toBe(0);
  });
});

describe(checkCycleDates.name, () => {
  it('names the first date out of order', () => {
    const ok = { opensAt: at(0).toISOString(), closesAt: at(10).toISOString(), validationClosesAt: at(20).toISOString() };
    expect(checkCycleDates(ok)).toBeNull();
    expect(checkCycleDates({ ...ok, closesAt: ok.opensAt })?.field).toBe('closesAt');
    expect(checkCycleDates({ ...ok, validationClosesAt: ok.closesAt })?.field).toBe('validationClosesAt');
  });
});
