import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionalResult as Result } from '@gci/shared';
import { TierBadge } from '../../../components/tier-badge/index.tsx';
import { useReview } from '../lib/review-context.ts';
import { useFormatters } from '../../../lib/use-formatters.ts';
import { ResultTrace } from './result-trace.tsx';

/** The validated result: overall score and tier, each pillar, and the trace down to every question. */
export function ProvisionalResult({ result, children }: { result: Result; children?: ReactNode }) {
  const { t } = useTranslation();
  const { index, methodology } = useReview();
  const format = useFormatters();
  return (
    <section className="review-section result" aria-labelledby="result-title" data-testid="provisional-result">
      <h2 id="result-title">{t('review.result.title')}</h2>
      <p>{t('review.result.intro')}</p>
      {result.validationEndsAt && (
        <p className="notice notice--info" data-testid="validation-window">
          {t('review.result.windowEnds', { date: format.dateTime(result.validationEndsAt) })}
        </p>
      )}
      <div className="result__summary">
        <p className="result__overall">
          <span className="result__label">{t('review.result.overall')}</span>
          <span className="result__score" data-testid="overall-score">
            {t('review.result.scoreOf', { score: format.score(result.overall), max: 100 })}
          </span>
        </p>
        <p className="result__tier">
          <span className="result__label">{t('review.result.tierLabel')}</span>
          <TierBadge tier={result.tier} name={format.tierName(methodology.thresholds, result.tier)} size="large" testId="overall-tier" />
        </p>
      </div>
      {result.coverage < 1 && <p className="muted">{t('review.result.coverage', { share: format.percent(result.coverage) })}</p>}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('review.result.pillarsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.result.pillar')}</th>
              <th scope="col">{t('review.result.score')}</th>
              <th scope="col">{t('review.result.tierLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {result.pillars.map((pillar) => (
              <tr key={pillar.key} data-pillar={pillar.key}>
                <th scope="row">{index.pillarTitles.get(pillar.key) ?? pillar.key}</th>
                <td className="numeric">{t('review.result.scoreOf', { score: format.score(pillar.score), max: format.number(pillar.max) })}</td>
                <td>
                  <TierBadge tier={pillar.tier} name={format.tierName(methodology.thresholds, pillar.tier)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('review.result.traceTitle')}</h3>
      <p className="field-hint">{t('review.result.traceIntro')}</p>
      {result.pillars.map((pillar) => (
        <ResultTrace key={pillar.key} pillar={pillar} questions={result.questions.filter((q) => q.pillarKey === pillar.key)} />
      ))}
      {children}
    </section>
  );
}
