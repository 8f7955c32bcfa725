import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionDiff, ResubmissionDiff as Diff } from '@gci/shared';
import { Notice } from '../../../components/notice/index.tsx';
import { Tag } from '../../../components/tag/index.tsx';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { ReviewSection } from './review-section.tsx';
import styles from './resubmission-diff.module.css';

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
    <ReviewSection title={t('review.diff.title')} testId="resubmission-diff">
      <p className={styles.muted}>{t('review.diff.between', { previous: format.dateTime(diff.previousAt), latest: format.dateTime(diff.latestAt) })}</p>
      {diff.changes.length === 0 && <p>{t('review.diff.none')}</p>}
      <ul className={styles.list}>
        {diff.changes.map((change) => {
          const spec = index.questions.get(change.questionKey)?.node.question;
          const before = change.before?.evidence ?? [];
          const after = change.after?.evidence ?? [];
          const added = titlesOnlyIn(after, before);
          const removed = titlesOnlyIn(before, after);
          return (
            <li
              key={change.questionKey}
              className={styles.item}
              data-question-key={change.questionKey}
              data-flagged={flagged.has(change.questionKey) || undefined}
            >
              <p>
                <Link to={linkTo(change.questionKey)}>{index.title(change.questionKey)}</Link>
                {flagged.has(change.questionKey) && (
                  <Tag tone="flagged" className={styles.tag}>
                    {t('review.question.flagged')}
                  </Tag>
                )}
              </p>
              {change.valueChanged && spec && (
                <p data-testid="diff-value">
                  <span className={styles.before}>
                    <span className="visually-hidden">{t('review.diff.before')}: </span>
                    {formatAnswer(spec, change.before?.value, locale, t)}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <strong>
                    <span className="visually-hidden">{t('review.diff.after')}: </span>
                    {formatAnswer(spec, change.after?.value, locale, t)}
                  </strong>
                </p>
              )}
              {change.evidenceChanged && (
                <p className={styles.evidence}>
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
        <Notice tone="warning" data-testid="flagged-unchanged">
          <p>{t('review.diff.flaggedUnchanged', { count: unchanged.length })}</p>
          <ul>
            {unchanged.map((key) => (
              <li key={key}>
                <Link to={linkTo(key)}>{index.title(key)}</Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </ReviewSection>
  );
}
