import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { declinePrefill, prefillAssessment } from '../api/prefill-assessment.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';

/**
 * The offer of the previous cycle's answers as a starting point, each to be confirmed. It stays
 * until the focal point accepts or declines it (the server remembers which), also after answers
 * are saved: then accepting fills only the questions still without an answer, and it says so.
 */
export function PrefillOffer({ from, onDone }: { from: AssessmentDetail['prefillFrom']; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { assessment, snapshot, canEdit } = useQuestionnaire();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const hasAnswers = Object.keys(snapshot.server).length > 0 || Object.keys(snapshot.edits).length > 0;
  if (!from || !canEdit) return null;

  const decide = async (call: (id: string) => Promise<unknown>) => {
    setBusy(true);
    setFailed(false);
    try {
      await call(assessment.id);
      await onDone();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Notice tone="info" data-testid="prefill-offer">
      <p>{t('questionnaire.prefill.body', { year: from.year, answers: from.answers })}</p>
      {hasAnswers && (
        <p data-testid="prefill-only-unanswered">
          {from.fills > 0 ? t('questionnaire.prefill.onlyUnanswered', { fills: from.fills, year: from.year }) : t('questionnaire.prefill.nothingToFill')}
        </p>
      )}
      <Button variant="primary" disabled={busy || (hasAnswers && from.fills === 0)} onClick={() => void decide(prefillAssessment)}>
        {t(hasAnswers ? 'questionnaire.prefill.fillRest' : 'questionnaire.prefill.start', { year: from.year })}
      </Button>{' '}
      <Button variant="secondary" disabled={busy} onClick={() => void decide(declinePrefill)}>
        {t('questionnaire.prefill.decline')}
      </Button>
      <FormError message={failed ? t('questionnaire.prefill.failed') : null} />
    </Notice>
  );
}
