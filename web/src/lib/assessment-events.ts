import { ASSESSMENT_ACTIONS, type AssessmentAction } from '@gci/shared';

type AssessmentStep = Exclude<AssessmentAction, 'start'>;

/**
 * What each step of an assessment's life writes, as the audit log's action and as the kind of the
 * notification it sends (`assessment.submit`, `assessment.return`, …), in the order of the steps.
 * `start` comes with the first saved answer and writes neither.
 */
export const ASSESSMENT_STEP_EVENTS = ASSESSMENT_ACTIONS.filter((action): action is AssessmentStep => action !== 'start').map(
  (action) => `assessment.${action}` as const,
);
