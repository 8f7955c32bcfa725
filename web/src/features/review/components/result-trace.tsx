import { useTranslation } from 'react-i18next';
import type { ProvisionalResult } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { Disclosure } from '../../../components/disclosure/index.tsx';
import { formatAnswer } from '../../../lib/format-answer.ts';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import styles from './result-trace.module.css';

type Pillar = ProvisionalResult['pillars'][number];
type Traced = ProvisionalResult['questions'][number];

/** How one pillar's score was made: for each question, points × weight = contribution to the overall score. */
export function ResultTrace({ pillar, questions }: { pillar: Pillar; questions: readonly Traced[] }) {
  const { t } = useTranslation();
  const { index, answers, locale } = useReview();
  const format = useFormatters();
  const title = index.pillarTitles.get(pillar.key) ?? pillar.key;
  const scored = questions.filter((q) => q.status !== 'hidden' && q.status !== 'unscored');
  const columns: Column<Traced>[] = [
    { key: 'question', header: t('review.result.question'), isRowHeader: true, cell: (q) => index.title(q.key) },
    {
      key: 'answer',
      header: t('review.result.answer'),
      cell: (q) => {
        const spec = index.questions.get(q.key)?.node.question;
        return spec ? formatAnswer(spec, answers[q.key]?.value, locale, t) : '';
      },
    },
    {
      key: 'points',
      header: t('review.result.points'),
      isNumeric: true,
      cell: (q) =>
        q.points === null
          ? t('review.result.missing')
          : q.zeroedByCoverage !== null
            ? t('review.result.zeroedByCoverage', { max: format.number(q.maxPoints), group: index.title(q.zeroedByCoverage) })
            : t('review.result.pointsOf', { points: format.number(q.points), max: format.number(q.maxPoints) }),
    },
    { key: 'weight', header: t('review.result.weight'), isNumeric: true, cell: (q) => `× ${format.number(q.effectiveWeight * 100)}` },
    { key: 'contribution', header: t('review.result.contribution'), isNumeric: true, cell: (q) => `= ${format.number(q.contribution)}` },
  ];
  return (
    <Disclosure summary={t('review.result.traceOf', { pillar: title })} className={styles.trace} data-pillar={pillar.key}>
      <DataTable
        caption={t('review.result.traceCaption', { pillar: title })}
        isCaptionHidden
        columns={columns}
        rows={scored}
        rowKey={(q) => q.key}
        rowProps={(q) => ({ 'data-question-key': q.key })}
        density="compact"
        isBoxed
      />
    </Disclosure>
  );
}
