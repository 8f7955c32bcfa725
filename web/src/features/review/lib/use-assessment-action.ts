import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentStatus, TransitionBody } from '@gci/shared';
import { applyTransition } from '../api/apply-transition.ts';
import { describeError } from './describe-error.ts';
import { useReview } from './review-context.ts';

export type ActionOutcome = { kind: 'done'; status: AssessmentStatus } | { kind: 'failed'; message: string };

/**
 * Runs one state-machine action, then reads the page again. `explain` turns a refusal the caller
 * knows about (open threads, missing answers) into its own message; other failures get a general one.
 */
export function useAssessmentAction() {
  const { t } = useTranslation();
  const { assessment, refresh } = useReview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  const run = async (body: TransitionBody, explain?: (error: unknown) => string | undefined): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      const status = await applyTransition(assessment.id, body);
      setOutcome({ kind: 'done', status });
      await refresh();
      return true;
    } catch (error) {
      setOutcome({ kind: 'failed', message: explain?.(error) ?? describeError(error, t, t('review.actions.failed')) });
      await refresh().catch(() => undefined); // show the state the refusal was about
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, run, clear: () => setOutcome(null) };
}
