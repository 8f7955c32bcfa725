import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { applyOverrides, compareScenarios, rescoreAll, type WorkbenchData } from '@gci/shared';
import { answersByCountry } from '../../lib/use-what-if.ts';
import { toEngine, type Overrides } from '../../lib/scenario-overrides.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import { MoversSection } from './movers-section.tsx';
import { TransitionMatrix } from './transition-matrix.tsx';

export interface ScoredSide {
  label: string;
  data: WorkbenchData;
  overrides: Overrides;
}

/** Two scorings of one cycle's answers compared in the browser: the transition matrix and the countries that move. */
export function CompareResult({ a, b }: { a: ScoredSide; b: ScoredSide }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { comparison, names, regionOf } = useMemo(() => {
    const score = (side: ScoredSide) => rescoreAll(side.data.methodology, answersByCountry(side.data), toEngine(side.overrides));
    const thresholds = (side: ScoredSide) => applyOverrides(side.data.methodology, toEngine(side.overrides)).thresholds;
    return {
      comparison: compareScenarios(score(a), score(b), { before: thresholds(a), after: thresholds(b) }),
      names: new Map(a.data.countries.map((c) => [c.iso3, c.names])),
      regionOf: new Map(a.data.countries.map((c) => [c.iso3, c.region])),
    };
  }, [a, b]);
  const total = comparison.matrix.flat().reduce((s, n) => s + n, 0);
  return (
    <>
      <p role="status" data-testid="compare-summary">
        {t('workbench.compare.summary', { count: total, moved: comparison.changes.length })}
      </p>
      <section className={layout.panel} aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('workbench.compare.matrix')}</h2>
        <TransitionMatrix comparison={comparison} beforeLabel={a.label} afterLabel={b.label} format={format} />
      </section>
      <MoversSection changes={comparison.changes} names={names} regionOf={regionOf} beforeLabel={a.label} afterLabel={b.label} format={format} />
    </>
  );
}
