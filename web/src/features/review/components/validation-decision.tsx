import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableActions } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { FormField } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { useAssessmentAction } from '../lib/use-assessment-action.ts';
import { ActionOutcome } from './action-outcome.tsx';
import { CommentForm } from './comment-form.tsx';
import styles from './validation-decision.module.css';

/** The country team accepts its validated result, or disputes it with a comment, within the window. */
export function ValidationDecision({ windowEndsAt, now }: { windowEndsAt: string | null; now: Date }) {
  const { t } = useTranslation();
  const { assessment, user, index } = useReview();
  const { busy, outcome, run } = useAssessmentAction();
  const [step, setStep] = useState<'idle' | 'accept' | 'dispute'>('idle');
  const [questionKey, setQuestionKey] = useState('');
  const actions = availableActions(assessment.status, user.role);
  if (!actions.includes('accept') && !actions.includes('dispute')) return <ActionOutcome outcome={outcome} />;
  const isClosed = windowEndsAt !== null && new Date(windowEndsAt) < now;

  return (
    <div className={styles.decision} data-testid="validation-decision">
      <h3 className={styles.title}>{t('review.decision.title')}</h3>
      {isClosed && <Notice tone="warning">{t('review.decision.closed')}</Notice>}
      {step === 'idle' && (
        <FormActions>
          {actions.includes('accept') && (
            <Button variant="primary" disabled={busy || isClosed} onClick={() => setStep('accept')} data-action="accept">
              {t('review.decision.accept')}
            </Button>
          )}
          {actions.includes('dispute') && (
            <Button variant="danger" disabled={busy || isClosed} onClick={() => setStep('dispute')} data-action="dispute">
              {t('review.decision.dispute')}
            </Button>
          )}
        </FormActions>
      )}
      {step === 'accept' && (
        <ConfirmPanel
          message={t('review.decision.confirmAccept')}
          confirmLabel={t('review.decision.accept')}
          busy={busy}
          onCancel={() => setStep('idle')}
          onConfirm={() => void run({ action: 'accept' }).then(() => setStep('idle'))}
        />
      )}
      {step === 'dispute' && (
        <div>
          <FormField label={t('review.decision.question')}>
            {(control) => (
              <select {...control} value={questionKey} onChange={(e) => setQuestionKey(e.target.value)}>
                <option value="">{t('review.decision.wholeAssessment')}</option>
                {[...index.questions.keys()].map((key) => (
                  <option key={key} value={key}>
                    {index.title(key)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <CommentForm
            label={t('review.decision.reason')}
            submitLabel={t('review.decision.sendDispute')}
            failedMessage={t('review.actions.failed')}
            autoFocus
            testId="dispute-form"
            onCancel={() => setStep('idle')}
            onSubmit={async (comment) => {
              const ok = await run({ action: 'dispute', comment, ...(questionKey ? { questionKeys: [questionKey] } : {}) });
              if (ok) setStep('idle');
            }}
          />
        </div>
      )}
      <ActionOutcome outcome={outcome} />
    </div>
  );
}
