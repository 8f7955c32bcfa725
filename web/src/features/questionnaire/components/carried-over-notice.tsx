import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionConflictDetailsSchema, type AnswerState } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { confirmAnswer } from '../api/confirm-answer.ts';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import styles from './carried-over-notice.module.css';

/** An answer offered from the previous cycle: confirm it as still true (evidence re-checked), or change it. */
export function CarriedOverNotice({ answer }: { answer: AnswerState }) {
  const { t } = useTranslation();
  const { assessment, sync, canEdit } = useQuestionnaire();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const saved = await confirmAnswer(assessment.id, answer.questionKey, answer.version);
      sync.mergeServer({ [answer.questionKey]: saved.answer });
    } catch (failure) {
      const current = isApiError(failure) ? VersionConflictDetailsSchema.safeParse(failure.details).data?.current : null;
      if (current) sync.mergeServer({ [answer.questionKey]: current });
      setError(current ? t('questionnaire.carriedOver.changed') : t('questionnaire.carriedOver.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Notice className={styles.carried} data-testid="carried-over">
      <p>
        <strong>{t('questionnaire.carriedOver.label')}</strong> {t('questionnaire.carriedOver.body')}
      </p>
      {canEdit && (
        <Button disabled={busy} onClick={() => void confirm()}>
          {t('questionnaire.carriedOver.confirm')}
        </Button>
      )}
      <FormError message={error} />
    </Notice>
  );
}
