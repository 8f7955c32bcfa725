import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableActions } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { EmptyState } from '../../../components/empty-state/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useReview } from '../lib/review-context.ts';
import { useAssessmentAction } from '../lib/use-assessment-action.ts';
import { ActionOutcome } from './action-outcome.tsx';
import { ReturnForm } from './return-form.tsx';
import styles from './review-actions.module.css';

type Step = 'idle' | 'return' | 'validate' | 'finalize';

/** The refusal of a validation with open threads carries their number in `details.openThreads`. */
function openThreadsOf(error: unknown): number | undefined {
  if (!isApiError(error) || error.status !== 409) return undefined;
  const details = error.details as { openThreads?: unknown } | undefined;
  return typeof details?.openThreads === 'number' ? details.openThreads : undefined;
}

/** The reviewer's buttons: exactly the actions the shared state machine allows this role now. */
export function ReviewActions() {
  const { t } = useTranslation();
  const { assessment, user, threads } = useReview();
  const { busy, outcome, run, clear } = useAssessmentAction();
  const [step, setStepState] = useState<Step>('idle');
  const setStep = (next: Step) => {
    if (next !== 'idle') clear(); // the message of the previous action no longer applies
    setStepState(next);
  };
  const actions = availableActions(assessment.status, user.role);
  const openThreads = threads.filter((thread) => thread.status === 'open').length;
  // A resubmission continues the review the reviewer started: opening it resumes the review, once.
  const resumed = useRef(false);
  const canResume = assessment.status === 'resubmitted' && actions.includes('start_review');
  useEffect(() => {
    if (!canResume || resumed.current) return;
    resumed.current = true;
    void run({ action: 'start_review' });
  }, [canResume, run]);
  const finish = async (ok: Promise<boolean>) => {
    if (await ok) setStep('idle');
  };

  return (
    <section className={styles.bar} aria-labelledby="review-actions-title" data-testid="review-actions">
      <h2 id="review-actions-title" className="visually-hidden">
        {t('review.actions.title')}
      </h2>
      {actions.length === 0 && <EmptyState>{t('review.actions.none')}</EmptyState>}
      {step === 'idle' && actions.length > 0 && (
        <FormActions isFlush>
          {actions.includes('start_review') && (
            <Button variant="primary" disabled={busy} onClick={() => void run({ action: 'start_review' })} data-action="start_review">
              {t('review.actions.start_review')}
            </Button>
          )}
          {actions.includes('validate') && (
            <Button
              variant="primary"
              disabled={busy || openThreads > 0}
              aria-describedby={openThreads > 0 ? 'validate-blocked' : undefined}
              onClick={() => setStep('validate')}
              data-action="validate"
            >
              {t('review.actions.validate')}
            </Button>
          )}
          {actions.includes('return') && (
            <Button disabled={busy} onClick={() => setStep('return')} data-action="return">
              {t('review.actions.return')}
            </Button>
          )}
          {actions.includes('finalize') && (
            <Button variant="primary" disabled={busy} onClick={() => setStep('finalize')} data-action="finalize">
              {t('review.actions.finalize')}
            </Button>
          )}
        </FormActions>
      )}
      {step === 'idle' && actions.includes('validate') && openThreads > 0 && (
        <p id="validate-blocked" className={styles.hint} data-testid="validate-blocked">
          {t('review.actions.openThreads', { count: openThreads })}
        </p>
      )}
      {step === 'return' && (
        <ReturnForm
          busy={busy}
          onCancel={() => setStep('idle')}
          onReturn={(comment, questionKeys) => void finish(run({ action: 'return', comment, questionKeys }))}
        />
      )}
      {step === 'validate' && (
        <ConfirmPanel
          message={t('review.actions.confirmValidate')}
          confirmLabel={t('review.actions.validate')}
          busy={busy}
          onCancel={() => setStep('idle')}
          onConfirm={() => {
            const explain = (error: unknown) => {
              const count = openThreadsOf(error);
              return count === undefined ? undefined : t('review.actions.openThreads', { count });
            };
            void run({ action: 'validate' }, explain).then(() => setStep('idle'));
          }}
        />
      )}
      {step === 'finalize' && (
        <ConfirmPanel
          message={t('review.actions.confirmFinalize')}
          confirmLabel={t('review.actions.finalize')}
          busy={busy}
          onCancel={() => setStep('idle')}
          onConfirm={() => void run({ action: 'finalize' }).then(() => setStep('idle'))}
        />
      )}
      <div className={styles.outcome}>
        <ActionOutcome outcome={outcome} />
      </div>
    </section>
  );
}
