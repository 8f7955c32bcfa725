import { useTranslation } from 'react-i18next';
import type { AnswerHistoryEntry, QuestionSpec } from '@gci/shared';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './correction-note.module.css';

/** A reviewer's correction: who, when, the value before and after, and the reason given. */
export function CorrectionNote({ entry, spec }: { entry: AnswerHistoryEntry; spec: QuestionSpec }) {
  const { t } = useTranslation();
  const { locale } = useReview();
  const format = useFormatters();
  return (
    <div className={styles.correction} data-testid="correction">
      <p className={styles.title}>
        {t('review.correction.by', { name: entry.changedBy?.name ?? t('review.correction.someone'), date: format.dateTime(entry.changedAt) })}
      </p>
      <p>
        <span className={styles.before}>{formatAnswer(spec, entry.before, locale, t)}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('review.diff.becomes')} </span>
        <strong>{formatAnswer(spec, entry.after, locale, t)}</strong>
      </p>
      {entry.reason && (
        <p>
          <span className={styles.label}>{t('review.correction.reason')}</span> <span dir="auto">{entry.reason}</span>
        </p>
      )}
    </div>
  );
}
