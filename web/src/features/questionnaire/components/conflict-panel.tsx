import { useTranslation } from 'react-i18next';
import type { AnswerState, AnswerValue, QuestionSpec } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormActions } from '../../../components/form-actions/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { useQuestionnaire } from '../lib/questionnaire-context.ts';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './conflict-panel.module.css';

interface Props {
  questionKey: string;
  spec: QuestionSpec;
  mine: AnswerValue | undefined;
  theirs: AnswerState | null;
}

/** A 409: someone saved this answer since the user loaded it. Both values side by side; the user chooses. */
export function ConflictPanel({ questionKey, spec, mine, theirs }: Props) {
  const { t } = useTranslation();
  const { locale, sync } = useQuestionnaire();
  const format = useFormatters();
  return (
    <Notice tone="error" role="alert" data-testid="conflict">
      <p className={styles.title}>{t('questionnaire.conflict.title')}</p>
      <div className={styles.values}>
        <div className={styles.value}>
          <p className={styles.label}>{t('questionnaire.conflict.yours')}</p>
          <p className={styles.answer} data-testid="conflict-mine">
            {formatAnswer(spec, mine, locale, t)}
          </p>
        </div>
        <div className={styles.value}>
          <p className={styles.label}>
            {theirs?.updatedBy
              ? t('questionnaire.conflict.theirsBy', { name: theirs.updatedBy.name, when: format.dateTime(theirs.updatedAt) })
              : t('questionnaire.conflict.theirs')}
          </p>
          <p className={styles.answer} data-testid="conflict-theirs">
            {formatAnswer(spec, theirs?.value, locale, t)}
          </p>
        </div>
      </div>
      <FormActions>
        <Button variant="primary" onClick={() => sync.keepMine(questionKey)}>
          {t('questionnaire.conflict.keepMine')}
        </Button>
        <Button onClick={() => sync.discard(questionKey)}>{t('questionnaire.conflict.takeTheirs')}</Button>
      </FormActions>
    </Notice>
  );
}
