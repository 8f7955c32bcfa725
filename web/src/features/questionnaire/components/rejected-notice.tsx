import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';

/** The server refused this edit for good (e.g. the assessment was locked meanwhile): say so, offer to drop it. */
export function RejectedNotice({ questionKey, code }: { questionKey: string; code: string }) {
  const { t } = useTranslation();
  const { sync } = useQuestionnaire();
  const reason =
    code === 'illegal_transition' || code === 'conflict'
      ? t('questionnaire.rejected.locked')
      : code === 'forbidden'
        ? t('questionnaire.rejected.forbidden')
        : t('questionnaire.rejected.invalid');
  return (
    <Notice tone="error" role="alert">
      <p>{reason}</p>
      <Button onClick={() => sync.discard(questionKey)}>{t('questionnaire.rejected.discard')}</Button>
    </Notice>
  );
}
