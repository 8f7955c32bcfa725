import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionDiff, ResubmissionDiff as Diff } from '@gci/shared';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

type Evidence = NonNullable<QuestionDiff['before']>['evidence'];

const titlesOnlyIn = (a: Evidence, b: Evidence) => a.filter((x) => !b.some((y) => y.ref === x.ref)).map((x) => x.title);

/** What the country team changed since the previous submission, flagged questions marked. */
export function ResubmissionDiff({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  const { locale, index } = useReview();
  const format = useFormatters();
  if (!diff.previousAt || !diff.latestAt) return null;
  const flagged = new Set(diff.flagged);
  const unchanged = diff.flagged.filter((key) => !diff.changes.some((c) => c.questionKey === key));
  const linkTo = (key: string) => ({ search: `?pillar=${encodeURIComponent(index.questions.get(key)?.pillarKey ?? '')}`, hash: `q-${key}` });

  return (
    <section className="review-section diff" aria-labelledby="diff-title" data-testid="resubmission-diff">
      <h2 id="diff-title">{t('review.diff.title')}</h2>
      <p className="muted">{t('review.diff.between', { previous: format.dateTime(diff.previousAt), latest: format.dateTime(diff.latestAt) })}</p>
      {diff.changes.length === 0 && <p>{t('review.diff.none')}</p>}
      <ul className="diff__list">
        {diff.changes.map((change) => {
          const spec = index.questions.get(change.questionKey)?.node.question;
          const before = change.before?.evidence ?? [];
          const after = change.after?.evidence ?? [];
          const added = titlesOnlyIn(after, before);
          const removed = titlesOnlyIn(before, after);
          return (
            <li key={change.questionKey} className="diff__item" data-question-key={change.questionKey} data-flagged={flagged.has(change.questionKey) || undefined}>
              <p className="diff__question">
                <Link to={linkTo(change.questionKey)}>{index.title(change.questionKey)}</Link>
                {flagged.has(change.questionKey) && <span className="tag tag--flagged">{t('review.question.flagged')}</span>}
              </p>
              {change.valueChanged && spec && (
                <p className="diff__values" data-testid="diff-value">
                  <span className="diff__before">
                    <span className="visually-hidden">{t('review.diff.before')}: </span>
                    {formatAnswer(spec, change.before?.value, locale, t)}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <strong className="diff__after">
                    <span className="visually-hidden">{t('review.diff.after')}: </span>
                    {formatAnswer(spec, change.after?.value, locale, t)}
                  </strong>
                </p>
              )}
              {change.evidenceChanged && (
                <p className="diff__evidence">
                  {added.length > 0 && <span>{t('review.diff.evidenceAdded', { titles: added.join(', ') })} </span>}
                  {removed.length > 0 && <span>{t('review.diff.evidenceRemoved', { titles: removed.join(', ') })}</span>}
                  {added.length === 0 && removed.length === 0 && <span>{t('review.diff.evidenceChanged')}</span>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {unchanged.length > 0 && (
        <div className="notice notice--warning" data-testid="flagged-unchanged">
          <p>{t('review.diff.flaggedUnchanged', { count: unchanged.length })}</p>
          <ul>
            {unchanged.map((key) => (
              <li key={key}>
                <Link to={linkTo(key)}>{index.title(key)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
