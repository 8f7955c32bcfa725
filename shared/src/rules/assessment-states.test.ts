import { describe, expect, it } from 'vitest';
import { ROLES } from '../schemas/roles.ts';
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, TRANSITIONS, availableActions, checkTransition } from './assessment-states.ts';

describe(checkTransition.name, () => {
  it('allows exactly the transitions in the table, for exactly their roles', () => {
    let allowed = 0;
    for (const status of ASSESSMENT_STATUSES)
      for (const action of ASSESSMENT_ACTIONS)
        for (const role of ROLES) {
          const t = TRANSITIONS[action];
          const expected = t.from.includes(status) && t.roles.includes(role);
          const result = checkTransition(status, action, role);
          expect(result.ok, `${role} ${action} from ${status}`).toBe(expected);
          if (result.ok) {
            allowed++;
            expect(result.to).toBe(t.to);
          }
        }
    expect(allowed).toBe(Object.values(TRANSITIONS).reduce((n, t) => n + t.from.length * t.roles.length, 0));
  });

  it('tells a wrong role from a wrong state', () => {
    expect(checkTransition('in_progress', 'validate', 'focal_point')).toEqual({ ok: false, reason: 'role' });
    expect(checkTransition('in_progress', 'validate', 'reviewer')).toEqual({ ok: false, reason: 'state' });
  });

  it('walks the full review path to a final result', () => {
    const path: [(typeof ASSESSMENT_ACTIONS)[number], (typeof ROLES)[number]][] = [
      ['start', 'focal_point'],
      ['submit', 'focal_point'],
      ['start_review', 'reviewer'],
      ['return', 'reviewer'],
      ['resubmit', 'focal_point'],
      ['start_review', 'reviewer'],
      ['validate', 'reviewer'],
      ['dispute', 'focal_point'],
      ['start_review', 'reviewer'],
      ['validate', 'reviewer'],
      ['accept', 'focal_point'],
      ['finalize', 'analyst'],
    ];
    let status: (typeof ASSESSMENT_STATUSES)[number] = 'not_started';
    for (const [action, role] of path) {
      const r = checkTransition(status, action, role);
      if (!r.ok) throw new Error(`${action} refused from ${status}`);
      status = r.to;
    }
    expect(status).toBe('final');
  });

  it('offers a focal point only submit while in progress', () => {
    expect(availableActions('in_progress', 'focal_point')).toEqual(['submit']);
    expect(availableActions('validated', 'focal_point')).toEqual(['accept', 'dispute']);
  });
});
