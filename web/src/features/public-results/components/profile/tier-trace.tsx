import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Locale, type TraceRow } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { TraceAnswerText } from './trace-answer.tsx';
import { DetailsPanel } from '../details-panel.tsx';
import styles from './tier-trace.module.css';

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
  // the note goes on the highest group short of coverage, not again on each group inside it
  const short = new Set(trace.filter((row) => row.belowMinCoverage).map((row) => row.key));

  const questionTable = (rows: TraceRow[], groupTitle: string) => (
    <DataTable
      caption={groupTitle}
      isCaptionHidden
      density="compact"
      className={styles.table}
      rows={rows}
      rowKey={(row) => row.key}
      rowProps={(row) => ({ 'data-question': row.key })}
      columns={[
        { key: 'question', header: t('public.trace.question'), isRowHeader: true, cell: (row) => localize(row.title, locale) },
        { key: 'answer', header: t('public.trace.answer'), cell: (row) => <TraceAnswerText row={row} locale={locale} /> },
        {
          key: 'points',
          header: t('public.trace.points'),
          isNumeric: true,
          cell: (row) =>
            row.question?.points === null || row.question?.points === undefined
              ? '–'
              : `${format.bound(row.question.points)} / ${format.bound(row.question.maxPoints)}`,
        },
        { key: 'share', header: t('public.trace.share'), isNumeric: true, cell: (row) => format.percentFine(row.effectiveWeight) },
        { key: 'contribution', header: t('public.trace.contribution'), isNumeric: true, cell: (row) => format.points(row.contribution) },
      ]}
    />
  );

  const group = (row: TraceRow): ReactNode => {
    const kids = children.get(row.key) ?? [];
    const questions = kids.filter((k) => k.kind === 'question');
    const groups = kids.filter((k) => k.kind !== 'question');
    const title = localize(row.title, locale);
    return (
      <DetailsPanel
        key={row.key}
        className={styles.group}
        data-key={row.key}
        summary={title}
        figures={t('public.trace.groupFigures', {
          score: row.normalized === null ? '–' : format.percent(row.normalized),
          share: format.percentFine(row.effectiveWeight),
          contribution: format.points(row.contribution),
        })}
      >
        {row.belowMinCoverage && !(row.parentKey !== null && short.has(row.parentKey)) && (
          <p className={styles.intro} data-testid="below-min-coverage">
            {t('public.trace.belowMinCoverage', { share: format.percent(row.answeredShare ?? 0) })}
          </p>
        )}
        {questions.length > 0 && questionTable(questions, title)}
        {groups.map(group)}
      </DetailsPanel>
    );
  };

  return (
    <div>
      <p className={styles.intro}>{t('public.trace.intro')}</p>
      {(children.get(null) ?? []).map(group)}
    </div>
  );
}
