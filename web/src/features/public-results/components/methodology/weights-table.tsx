import { useTranslation } from 'react-i18next';
import { localize, type Locale, type MethodologyRow } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { DetailsPanel } from '../details-panel.tsx';
import styles from './weights-table.module.css';

/** One pillar's indicators and questions with their normalised weights (within the parent, and of the total). */
export function WeightsTable({ pillar, rows, locale }: { pillar: MethodologyRow; rows: MethodologyRow[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const title = localize(pillar.title, locale);
  return (
    <DetailsPanel
      className={styles.weights}
      data-key={pillar.key}
      data-testid="weights"
      summary={title}
      figures={t('public.methodology.pillarShare', { share: format.percentFine(pillar.overallShare) })}
    >
      <DataTable
        caption={t('public.methodology.weightsCaption', { pillar: title })}
        isCaptionHidden
        density="compact"
        className={styles.table}
        rows={rows}
        rowKey={(row) => row.key}
        rowProps={(row) => ({ 'data-kind': row.kind, className: styles[row.kind] })}
        columns={[
          {
            key: 'item',
            header: t('public.methodology.item'),
            isRowHeader: true,
            // the tree's depth as indentation (logical, so it mirrors in right-to-left languages)
            cellProps: (row) => ({ style: { paddingInlineStart: `${0.5 + (row.depth - 1) * 1.25}rem` } }),
            cell: (row) => (
              <>
                <span className="visually-hidden">{t(`public.methodology.kind.${row.kind}`)}: </span>
                {localize(row.title, locale)}
              </>
            ),
          },
          {
            key: 'scoring',
            header: t('public.methodology.scoring'),
            cell: (row) =>
              row.question ? (
                <QuestionScoring question={row.question} locale={locale} />
              ) : (
                <span className={styles.kind}>{t(`public.methodology.kind.${row.kind}`)}</span>
              ),
          },
          { key: 'share', header: t('public.methodology.share'), isNumeric: true, cell: (row) => format.percentFine(row.share) },
          { key: 'overall', header: t('public.methodology.overallShare'), isNumeric: true, cell: (row) => format.percentFine(row.overallShare) },
        ]}
      />
    </DetailsPanel>
  );
}

function QuestionScoring({ question, locale }: { question: NonNullable<MethodologyRow['question']>; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const parts = [t(`public.methodology.type.${question.type}`)];
  if (question.partialCredit !== null) parts.push(t('public.methodology.partialCredit', { credit: format.percent(question.partialCredit) }));
  if (question.options.length) parts.push(question.options.map((o) => `${localize(o.label, locale)} (${format.bound(o.points)})`).join(', '));
  if (question.goalposts)
    parts.push(t('public.methodology.goalposts', { lower: format.bound(question.goalposts.lower), upper: format.bound(question.goalposts.upper) }));
  if (question.conditional) parts.push(t('public.methodology.conditional'));
  return <>{parts.join(' · ')}</>;
}
