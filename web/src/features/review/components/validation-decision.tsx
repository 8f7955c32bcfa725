import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { availableActions } from '@gci/shared';
import { useReview } from '../lib/review-context.ts';
import { useAssessmentAction } from '../lib/use-assessment-action.ts';
import { ActionOutcome } from './action-outcome.tsx';
import { CommentForm } from './comment-form.tsx';
import { ConfirmPanel } from './confirm-panel.tsx';

/** The country team accepts its validated result, or disputes it with a comment, within the window. */
export function ValidationDecision({ windowEndsAt, now }: { windowEndsAt: string | null; now: Date }) {
  const { t } = useTranslation();
  const { assessment, user, index } = useReview();
  const { busy, outcome, run } = useAssessmentAction();
  const [step, setStep] = useState<'idle' | 'accept' | 'dispute'>('idle');
  const [questionKey, setQuestionKey] = useState('');
  const id = useId();
  const actions = availableActions(assessment.status, user.role);
  if (!actions.includes('accept') && !actions.includes('dispute')) return <ActionOutcome outcome={outcome} />;
  const isClosed = windowEndsAt !== null && new Date(windowEndsAt) < now;

  return (
    <div className="decision" data-testid="validation-decision">
      <h3>{t('review.decision.title')}</h3>
      {isClosed && <p className="notice notice--warning">{t('review.decision.closed')}</p>}
      {step === 'idle' && (
        <div className="form-actions">
          {actions.includes('accept') && (
            <button type="button" className="button button--primary" disabled={busy || isClosed} onClick={() => setStep('accept')} data-action="accept">
              {t('review.decision.accept')}
            </button>
          )}
          {actions.includes('dispute') && (
            <button type="button" className="button button--danger" disabled={busy || isClosed} onClick={() => setStep('dispute')} data-action="dispute">
              {t('review.decision.dispute')}
            </button>
          )}
        </div>
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
        <div className="dispute-form">
          <div className="field">
            <label htmlFor={`${id}-question`}>{t('review.decision.question')}</label>
            <select id={`${id}-question`} value={questionKey} onChange={(e) => setQuestionKey(e.target.value)}>
              <option value="">{t('review.decision.wholeAssessment')}</option>
              {[...index.questions.keys()].map((key) => (
                <option key={key} value={key}>
                  {index.title(key)}
                </option>
              ))}
            </select>
          </div>
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
