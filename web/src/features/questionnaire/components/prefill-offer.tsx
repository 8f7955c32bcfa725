import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { prefillAssessment } from '../api/prefill-assessment.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';

/** At the start of a cycle: offer the previous cycle's answers as a starting point, each to be confirmed. */
export function PrefillOffer({ from, onDone }: { from: { year: number; answers: number } | null; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { assessment, snapshot, canEdit } = useQuestionnaire();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const hasAnswers = Object.keys(snapshot.server).length > 0 || Object.keys(snapshot.edits).length > 0;
  if (!from || !canEdit || hasAnswers) return null;

  const start = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await prefillAssessment(assessment.id);
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
      <Button variant="primary" disabled={busy} onClick={() => void start()}>
        {t('questionnaire.prefill.start', { year: from.year })}
      </Button>
      <FormError message={failed ? t('questionnaire.prefill.failed') : null} />
    </Notice>
  );
}
