import { describe, expect, it } from 'vitest';
import { ASSISTANCE_STATUSES, checkAssistanceMove, isOpenAssistance, nextAssistanceStatuses } from './assistance-states.ts';

describe('checkAssistanceMove', () => {
  it('moves a request forwards one step at a time, for staff who handle requests', () => {
    const path = ['requested', 'in_discussion', 'planned', 'delivered', 'closed'] as const;
    for (let i = 0; i + 1 < path.length; i++) {
      expect(checkAssistanceMove('analyst', path[i]!, path[i + 1]!)).toEqual({ ok: true });
      expect(checkAssistanceMove('admin', path[i]!, path[i + 1]!)).toEqual({ ok: true });
    }
  });

  it('refuses skipping a step, going back, or leaving closed, whoever asks', () => {
    expect(checkAssistanceMove('admin', 'requested', 'planned')).toEqual({ ok: false, reason: 'illegal_transition' });
    expect(checkAssistanceMove('admin', 'planned', 'in_discussion')).toEqual({ ok: false, reason: 'illegal_transition' });
    expect(checkAssistanceMove('admin', 'requested', 'requested')).toEqual({ ok: false, reason: 'illegal_transition' });
    for (const to of ASSISTANCE_STATUSES) expect(checkAssistanceMove('focal_point', 'closed', to)).toEqual({ ok: false, reason: 'illegal_transition' });
  });

  it('lets a focal point only close (withdraw) a request, and a reviewer nothing', () => {
    expect(checkAssistanceMove('focal_point', 'requested', 'closed')).toEqual({ ok: true });
    expect(checkAssistanceMove('focal_point', 'planned', 'closed')).toEqual({ ok: true });
    expect(checkAssistanceMove('focal_point', 'requested', 'in_discussion')).toEqual({ ok: false, reason: 'forbidden' });
    expect(checkAssistanceMove('reviewer', 'requested', 'closed')).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('closes from every open status, and only closed is final', () => {
    for (const status of ASSISTANCE_STATUSES) {
      expect(isOpenAssistance(status)).toBe(status !== 'closed');
      if (status !== 'closed') expect(nextAssistanceStatuses(status)).toContain('closed');
    }
    expect(nextAssistanceStatuses('closed')).toEqual([]);
  });
});
