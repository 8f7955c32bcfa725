import { checkTransition, type AssessmentStatus, type Role } from '@gci/shared';

// These two mirror the server's route table (server/src/http/access-policy.ts): who may write in
// threads, and who may resolve them. The server stays the judge; this only hides useless buttons.
const COMMENTERS: readonly Role[] = ['focal_point', 'reviewer', 'admin'];
const RESOLVERS: readonly Role[] = ['reviewer', 'admin'];

export const canComment = (role: Role): boolean => COMMENTERS.includes(role);
export const canResolve = (role: Role): boolean => RESOLVERS.includes(role);

/**
 * Answers are corrected while the assessment is under review, by the people who could validate it
 * now: read from the shared state machine, so the button follows any change to it.
 */
export const canCorrect = (status: AssessmentStatus, role: Role): boolean => checkTransition(status, 'validate', role).ok;
