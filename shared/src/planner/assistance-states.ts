import type { Role } from '../schemas/roles.ts';

/** Where a country's request for capacity-building assistance stands. */
export const ASSISTANCE_STATUSES = ['requested', 'in_discussion', 'planned', 'delivered', 'closed'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

/**
 * The moves each status allows: forwards one step at a time, or closed from anywhere (withdrawn,
 * declined or done). Closed is final: a new need is a new request.
 */
const NEXT: Record<AssistanceStatus, readonly AssistanceStatus[]> = {
  requested: ['in_discussion', 'closed'],
  in_discussion: ['planned', 'closed'],
  planned: ['delivered', 'closed'],
  delivered: ['closed'],
  closed: [],
};

export type AssistanceMove = { ok: true } | { ok: false; reason: 'illegal_transition' | 'forbidden' };

/** Statuses reachable from `from` in one move. */
export const nextAssistanceStatuses = (from: AssistanceStatus): readonly AssistanceStatus[] => NEXT[from];

/**
 * Whether `role` may move a request from `from` to `to`. Staff who handle requests (admins and
 * analysts) make every move; the country's focal point may only close (withdraw) its own request.
 * An impossible move is `illegal_transition` whoever asks; a possible one by the wrong role is `forbidden`.
 */
export function checkAssistanceMove(role: Role, from: AssistanceStatus, to: AssistanceStatus): AssistanceMove {
  if (!NEXT[from].includes(to)) return { ok: false, reason: 'illegal_transition' };
  switch (role) {
    case 'admin':
    case 'analyst':
      return { ok: true };
    case 'focal_point':
      return to === 'closed' ? { ok: true } : { ok: false, reason: 'forbidden' };
    case 'reviewer':
      return { ok: false, reason: 'forbidden' };
    default: {
      const never: never = role;
      return never;
    }
  }
}

/** A request still open: one per country and indicator at a time. */
export const isOpenAssistance = (status: AssistanceStatus): boolean => status !== 'closed';
