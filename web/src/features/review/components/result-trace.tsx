import { useTranslation } from 'react-i18next';
import type { ProvisionalResult } from '@gci/shared';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';

type Pillar = ProvisionalResult['pillars'][number];
type Traced = ProvisionalResult['questions'][number];

/** How one pillar's score was made: for each question, points × weight = contribution to the overall score. */
export function ResultTrace({ pillar, questions }: { pillar: Pillar; questions: readonly Traced[] }) {
  const { t } = useTranslation();
  const { index, answers, locale } = useReview();
  const format = useFormatters();
  const title = index.pillarTitles.get(pillar.key) ?? pillar.key;
  const scored = questions.filter((q) => q.status !== 'hidden' && q.status !== 'unscored');
  return (
    <details className="disclosure result-trace" data-pillar={pillar.key}>
      <summary>{t('review.result.traceOf', { pillar: title })}</summary>
      <div className="disclosure__body table-wrap">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{t('review.result.traceCaption', { pillar: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.result.question')}</th>
              <th scope="col">{t('review.result.answer')}</th>
              <th scope="col">{t('review.result.points')}</th>
              <th scope="col">{t('review.result.weight')}</th>
              <th scope="col">{t('review.result.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((q) => {
              const spec = index.questions.get(q.key)?.node.question;
              return (
                <tr key={q.key} data-question-key={q.key}>
                  <th scope="row">{index.title(q.key)}</th>
                  <td>{spec ? formatAnswer(spec, answers[q.key]?.value, locale, t) : ''}</td>
                  <td className="numeric">{q.points === null ? t('review.result.missing') : t('review.result.pointsOf', { points: format.number(q.points), max: format.number(q.maxPoints) })}</td>
                  <td className="numeric">× {format.number(q.effectiveWeight * 100)}</td>
                  <td className="numeric">= {format.number(q.contribution)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
