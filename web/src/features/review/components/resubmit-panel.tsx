import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SubmissionCheckSchema, availableActions, type MissingItem } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { ConfirmPanel } from '../../../components/confirm-panel/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useReview } from '../lib/review-context.ts';
import { useAssessmentAction } from '../lib/use-assessment-action.ts';
import { ActionOutcome } from './action-outcome.tsx';
import styles from './resubmit-panel.module.css';

/** Resubmit after a return; a refusal lists what is still missing, with links into the questionnaire. */
export function ResubmitPanel() {
  const { t } = useTranslation();
  const { assessment, user, index } = useReview();
  const { busy, outcome, run } = useAssessmentAction();
  const [isConfirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<MissingItem[]>([]);
  if (!availableActions(assessment.status, user.role).includes('resubmit')) return <ActionOutcome outcome={outcome} />;

  const resubmit = async () => {
    setMissing([]);
    const explain = (error: unknown) => {
      const check = isApiError(error) ? SubmissionCheckSchema.safeParse(error.details).data : undefined;
      if (!check) return undefined;
      setMissing(check.missing);
      return t('review.resubmit.missing', { count: check.missing.length });
    };
    await run({ action: 'resubmit' }, explain);
    setConfirming(false);
  };

  return (
    <div data-testid="resubmit-panel">
      {isConfirming ? (
        <ConfirmPanel
          message={t('review.resubmit.confirm')}
          confirmLabel={t('review.resubmit.button')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void resubmit()}
        />
      ) : (
        <FormActions>
          <Button variant="primary" disabled={busy} onClick={() => setConfirming(true)} data-action="resubmit">
            {t('review.resubmit.button')}
          </Button>
          <Link to={`/assessments/${assessment.id}`}>{t('review.resubmit.edit')}</Link>
        </FormActions>
      )}
      <ActionOutcome outcome={outcome} />
      {missing.length > 0 && (
        <ul className={styles.missing}>
          {missing.map((item) => (
            <li key={`${item.questionKey}-${item.reason}`}>
              <Link to={{ pathname: `/assessments/${assessment.id}`, search: `?pillar=${encodeURIComponent(item.pillarKey)}`, hash: `q-${item.questionKey}` }}>
                {index.title(item.questionKey)}
              </Link>
              {' · '}
              {t(`review.resubmit.reason.${item.reason}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
