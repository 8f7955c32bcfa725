import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionalResult as Result } from '@gci/shared';
import { DataTable, type Column } from '../../../components/data-table/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { TierBadge } from '../../../components/tier-badge/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { ResultTrace } from './result-trace.tsx';
import { ReviewSection } from './review-section.tsx';
import styles from './provisional-result.module.css';

type Pillar = Result['pillars'][number];

/** The validated result: overall score and tier, each pillar, and the trace down to every question. */
export function ProvisionalResult({ result, children }: { result: Result; children?: ReactNode }) {
  const { t } = useTranslation();
  const { index, methodology } = useReview();
  const format = useFormatters();
  const columns: Column<Pillar>[] = [
    { key: 'pillar', header: t('review.result.pillar'), isRowHeader: true, cell: (p) => index.pillarTitles.get(p.key) ?? p.key },
    {
      key: 'score',
      header: t('review.result.score'),
      isNumeric: true,
      cell: (p) => t('review.result.scoreOf', { score: format.score(p.score), max: format.number(p.max) }),
    },
    { key: 'tier', header: t('review.result.tierLabel'), cell: (p) => <TierBadge tier={p.tier} name={format.tierName(methodology.thresholds, p.tier)} /> },
  ];
  return (
    <ReviewSection title={t('review.result.title')} testId="provisional-result">
      <p>{t('review.result.intro')}</p>
      {result.validationEndsAt && (
        <Notice tone="info" data-testid="validation-window">
          {t('review.result.windowEnds', { date: format.dateTime(result.validationEndsAt) })}
        </Notice>
      )}
      <div className={styles.summary}>
        <p className={styles.figure}>
          <span className={styles.label}>{t('review.result.overall')}</span>
          <span className={styles.score} data-testid="overall-score">
            {t('review.result.scoreOf', { score: format.score(result.overall), max: 100 })}
          </span>
        </p>
        <p className={styles.figure}>
          <span className={styles.label}>{t('review.result.tierLabel')}</span>
          <TierBadge tier={result.tier} name={format.tierName(methodology.thresholds, result.tier)} size="large" testId="overall-tier" />
        </p>
      </div>
      {result.coverage < 1 && <p className={styles.muted}>{t('review.result.coverage', { share: format.percent(result.coverage) })}</p>}
      <DataTable
        caption={t('review.result.pillarsCaption')}
        isCaptionHidden
        columns={columns}
        rows={result.pillars}
        rowKey={(p) => p.key}
        rowProps={(p) => ({ 'data-pillar': p.key })}
        isBoxed
      />
      <h3 className={styles.subtitle}>{t('review.result.traceTitle')}</h3>
      <p className={styles.hint}>{t('review.result.traceIntro')}</p>
      {result.pillars.map((pillar) => (
        <ResultTrace key={pillar.key} pillar={pillar} questions={result.questions.filter((q) => q.pillarKey === pillar.key)} />
      ))}
      {children}
    </ReviewSection>
  );
}
