import { useTranslation } from 'react-i18next';
import { localize, type Locale } from '@gci/shared';
import type { MethodologyRow } from '@gci/shared/schemas/public-api';
import { useFormatters } from '../../lib/use-formatters.ts';

/** One pillar's indicators and questions with their normalised weights (within the parent, and of the total). */
export function WeightsTable({ pillar, rows, locale }: { pillar: MethodologyRow; rows: MethodologyRow[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters(locale);
  return (
    <details className="weights" data-key={pillar.key}>
      <summary>
        <span className="weights__title">{localize(pillar.title, locale)}</span>
        <span className="weights__share">{t('public.methodology.pillarShare', { share: format.percentFine(pillar.overallShare) })}</span>
      </summary>
      <table className="data-table weights__table">
        <caption className="visually-hidden">{t('public.methodology.weightsCaption', { pillar: localize(pillar.title, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.methodology.item')}</th>
            <th scope="col">{t('public.methodology.scoring')}</th>
            <th scope="col">{t('public.methodology.share')}</th>
            <th scope="col">{t('public.methodology.overallShare')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-kind={row.kind} className={`weights__row weights__row--${row.kind}`}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + (row.depth - 1) * 1.25}rem` }}>
                <span className="visually-hidden">{t(`public.methodology.kind.${row.kind}`)}: </span>
                {localize(row.title, locale)}
              </th>
              <td>{row.question ? <QuestionScoring question={row.question} locale={locale} /> : <span className="muted">{t(`public.methodology.kind.${row.kind}`)}</span>}</td>
              <td className="num">{format.percentFine(row.share)}</td>
              <td className="num">{format.percentFine(row.overallShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function QuestionScoring({ question, locale }: { question: NonNullable<MethodologyRow['question']>; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters(locale);
  const parts = [t(`public.methodology.type.${question.type}`)];
  if (question.partialCredit !== null) parts.push(t('public.methodology.partialCredit', { credit: format.percent(question.partialCredit) }));
  if (question.options.length) parts.push(question.options.map((o) => `${localize(o.label, locale)} (${format.bound(o.points)})`).join(', '));
  if (question.goalposts) parts.push(t('public.methodology.goalposts', { lower: format.bound(question.goalposts.lower), upper: format.bound(question.goalposts.upper) }));
  if (question.conditional) parts.push(t('public.methodology.conditional'));
  return <>{parts.join(' · ')}</>;
}
