import type { Role } from '../schemas/roles.ts';

/** The life of a country's assessment in a cycle, from the first answer to the final result. */
export const ASSESSMENT_STATUSES = [
  'not_started',
  'in_progress',
  'submitted',
  'in_review',
  'returned',
  'resubmitted',
  'validated',
  'accepted',
  'disputed',
  'final',
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_ACTIONS = ['start', 'submit', 'start_review', 'return', 'resubmit', 'validate', 'accept', 'dispute', 'finalize'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

interface Transition {
  from: readonly AssessmentStatus[];
  to: AssessmentStatus;
  roles: readonly Role[];
}

const REVIEWERS: readonly Role[] = ['reviewer', 'admin'];

/**
 * Every allowed transition; anything else is refused (409 with the current state).
 * `start` happens on the country team's first saved answer.
 */
export const TRANSITIONS: Record<AssessmentAction, Transition> = {
  start: { from: ['not_started'], to: 'in_progress', roles: ['focal_point'] },
  submit: { from: ['in_progress'], to: 'submitted', roles: ['focal_point'] },
  start_review: { from: ['submitted', 'resubmitted', 'disputed'], to: 'in_review', roles: REVIEWERS },
  return: { from: ['in_review'], to: 'returned', roles: REVIEWERS },
  resubmit: { from: ['returned'], to: 'resubmitted', roles: ['focal_point'] },
  validate: { from: ['in_review'], to: 'validated', roles: REVIEWERS },
  accept: { from: ['validated'], to: 'accepted', roles: ['focal_point'] },
  dispute: { from: ['validated'], to: 'disputed', roles: ['focal_point'] },
  finalize: { from: ['accepted', 'validated'], to: 'final', roles: ['analyst', 'admin'] },
};

export type TransitionCheck = { ok: true; to: AssessmentStatus } | { ok: false; reason: 'role' | 'state' };

/** Whether `role` may apply `action` to an assessment in `status`, and the state it leads to. */
export function checkTransition(status: AssessmentStatus, action: AssessmentAction, role: Role): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!t.from.includes(status)) return { ok: false, reason: 'state' };
  return { ok: true, to: t.to };
}

/** The actions a role can take from a state (for buttons in the UI). */
export const availableActions = (status: AssessmentStatus, role: Role): AssessmentAction[] =>
  ASSESSMENT_ACTIONS.filter((a) => a !== 'start' && checkTransition(status, a, role).ok);

/** States in which the country team may edit answers (before submission, or when returned). */
export const TEAM_EDITABLE: readonly AssessmentStatus[] = ['not_started', 'in_progress', 'returned'];
export const isEditableByTeam = (status: AssessmentStatus): boolean => TEAM_EDITABLE.includes(status);
