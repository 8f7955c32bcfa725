import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Locale, type TraceRow } from '@gci/shared';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { TraceAnswerText } from './trace-answer.tsx';

interface Props {
  trace: TraceRow[];
  locale: Locale;
}

/**
 * From answers to the tier: each pillar and indicator opens onto its questions, with the answer,
 * the points earned, the question's share of the overall score and what it contributes
 * (points ÷ maximum × share × 100). Collapsed by default, opened for printing.
 */
export function TierTrace({ trace, locale }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const children = new Map<string | null, TraceRow[]>();
  for (const row of trace) children.set(row.parentKey, [...(children.get(row.parentKey) ?? []), row]);

  const questionTable = (rows: TraceRow[]) => (
    <table className="data-table trace__table">
      <thead>
        <tr>
          <th scope="col">{t('public.trace.question')}</th>
          <th scope="col">{t('public.trace.answer')}</th>
          <th scope="col">{t('public.trace.points')}</th>
          <th scope="col">{t('public.trace.share')}</th>
          <th scope="col">{t('public.trace.contribution')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-question={row.key}>
            <th scope="row">{localize(row.title, locale)}</th>
            <td>
              <TraceAnswerText row={row} locale={locale} />
            </td>
            <td className="num">
              {row.question?.points === null || row.question?.points === undefined
                ? '–'
                : `${format.bound(row.question.points)} / ${format.bound(row.question.maxPoints)}`}
            </td>
            <td className="num">{format.percentFine(row.effectiveWeight)}</td>
            <td className="num">{format.points(row.contribution)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const group = (row: TraceRow): ReactNode => {
    const kids = children.get(row.key) ?? [];
    const questions = kids.filter((k) => k.kind === 'question');
    const groups = kids.filter((k) => k.kind !== 'question');
    return (
      <details key={row.key} className={`trace__group trace__group--${row.kind}`} data-key={row.key}>
        <summary>
          <span className="trace__title">{localize(row.title, locale)}</span>
          <span className="trace__figures">
            {t('public.trace.groupFigures', {
              score: row.normalized === null ? '–' : format.percent(row.normalized),
              share: format.percentFine(row.effectiveWeight),
              contribution: format.points(row.contribution),
            })}
          </span>
        </summary>
        {questions.length > 0 && questionTable(questions)}
        {groups.map(group)}
      </details>
    );
  };

  return (
    <div className="trace">
      <p className="muted">{t('public.trace.intro')}</p>
      {(children.get(null) ?? []).map(group)}
    </div>
  );
}
