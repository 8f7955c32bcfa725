import { describe, expect, it } from 'vitest';
import { emptyCycleForm, formFieldOf, toNewCycleBody, type CycleFormState } from './cycle-form.ts';

const filled: CycleFormState = {
  ...emptyCycleForm(2027, '0b7f9e64-5a0e-4a57-9a53-0a4a2f1b7c11'),
  name: 'GCI 2027',
  opensOn: '2027-03-01',
  closesOn: '2027-06-30',
  validationEndsOn: '2027-08-31',
  participants: ['KEN', 'FRA'],
};

describe(toNewCycleBody.name, () => {
  it('sends whole UTC days: opening at the start of the first, closing at the end of the last', () => {
    expect(toNewCycleBody(filled)).toEqual({
      ok: true,
      body: {
        year: 2027,
        name: 'GCI 2027',
        methodologyVersionId: filled.methodologyVersionId,
        opensAt: '2027-03-01T00:00:00Z',
        closesAt: '2027-06-30T23:59:59Z',
        validationClosesAt: '2027-08-31T23:59:59Z',
        reminderDays: [14, 7, 1],
        participants: ['KEN', 'FRA'],
      },
    });
  });

  it.each([
    [{ year: '' }, 'year'],
    [{ name: ' ' }, 'name'],
    [{ methodologyVersionId: '' }, 'methodologyVersionId'],
    [{ opensOn: '' }, 'opensAt'],
    [{ closesOn: '2027-02-01' }, 'closesAt'],
    [{ validationEndsOn: '2027-06-30' }, 'validationClosesAt'],
    [{ reminderDays: '7, seven' }, 'reminderDays'],
    [{ reminderDays: '7, 7' }, 'reminderDays'],
    [{ participants: [] }, 'participants'],
  ] as const)('names the field at fault: %o → %s', (change, field) => {
    expect(toNewCycleBody({ ...filled, ...change })).toEqual({ ok: false, field });
  });
});

describe(formFieldOf.name, () => {
  it('reads the form field out of the field the API names', () => {
    expect(formFieldOf('body.participants.1')).toBe('participants');
    expect(formFieldOf('body.year')).toBe('year');
    expect(formFieldOf('params.cycleId')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
