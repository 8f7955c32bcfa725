import { useTranslation } from 'react-i18next';
import type { AnswerHistoryEntry, QuestionSpec } from '@gci/shared';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

/** A reviewer's correction: who, when, the value before and after, and the reason given. */
export function CorrectionNote({ entry, spec }: { entry: AnswerHistoryEntry; spec: QuestionSpec }) {
  const { t } = useTranslation();
  const { locale } = useReview();
  const format = useFormatters();
  return (
    <div className="correction" data-testid="correction">
      <p className="correction__title">
        {t('review.correction.by', { name: entry.changedBy?.name ?? t('review.correction.someone'), date: format.dateTime(entry.changedAt) })}
      </p>
      <p className="correction__change">
        <span className="correction__before">{formatAnswer(spec, entry.before, locale, t)}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('review.diff.becomes')} </span>
        <strong className="correction__after">{formatAnswer(spec, entry.after, locale, t)}</strong>
      </p>
      {entry.reason && (
        <p className="correction__reason">
          <span className="correction__label">{t('review.correction.reason')}</span> <span dir="auto">{entry.reason}</span>
        </p>
      )}
    </div>
  );
}
