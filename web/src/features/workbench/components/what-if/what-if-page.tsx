import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios, type CountrySummary, type CycleSummary, type MethodologyVersionSummary, type Scenario, type WorkbenchData } from '@gci/shared';
import { NO_OVERRIDES, overrideCount, thresholdProblems, toEngine, withThreshold, withWeight, type Overrides } from '../../lib/scenario-overrides.ts';
import { countByTier, regionBreakdown, tierNumbers } from '../../lib/tier-summary.ts';
import { useWhatIfSession } from '../../lib/use-what-if.ts';
import { Button } from '../../../../components/button/index.tsx';
import { FormError } from '../../../../components/form-field/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { DataPicker } from '../common/data-picker.tsx';
import { RegionBreakdown } from './region-breakdown.tsx';
import { SaveScenarioForm } from './save-scenario-form.tsx';
import { ScenarioBanner } from './scenario-banner.tsx';
import { ThresholdsPanel } from './thresholds-panel.tsx';
import { TierChangesTable } from './tier-changes-table.tsx';
import { TierCountsChart } from './tier-counts-chart.tsx';
import { TierCountsTable } from './tier-counts-table.tsx';
import { WeightsPanel } from './weights-panel.tsx';
import styles from './what-if-page.module.css';

interface Props {
  data: WorkbenchData;
  cycles: readonly CycleSummary[];
  versions: readonly MethodologyVersionSummary[];
  /** a saved scenario opened by its link: its overrides are the starting point */
  scenario?: Scenario;
  initial?: Overrides;
  onPick: (year: number, versionId: string | null) => void;
  onSave: (name: string, note: string, overrides: Overrides) => Promise<void>;
}

/**
 * Live weights: every change rescores all countries in the browser with the shared engine (no
 * request) and the counts, changes and regions below update in the same render.
 */
export function WhatIfPage({ data, cycles, versions, scenario, initial = NO_OVERRIDES, onPick, onSave }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = useWhatIfSession(data);
  const [{ overrides, revision }, setState] = useState({ overrides: initial, revision: 0 });
  const { methodology } = data;

  const onWeight = useCallback(
    (key: string, weight: number, base: number) => setState((s) => ({ overrides: withWeight(s.overrides, key, weight, base), revision: s.revision + 1 })),
    [],
  );
  const onThreshold = useCallback(
    (tier: number, min: number, base: number) => setState((s) => ({ overrides: withThreshold(s.overrides, tier, min, base), revision: s.revision + 1 })),
    [],
  );
  const reset = () => setState((s) => ({ overrides: NO_OVERRIDES, revision: s.revision + 1 }));

  const scored = useMemo((): { result: CountrySummary[] } | { error: string } => {
    try {
      return { result: session.whatIf.rescore(toEngine(overrides)) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [session, overrides]);
  const result = 'result' in scored ? scored.result : session.baseline;
  const tiers = tierNumbers(methodology.thresholds, session.baseline, result);
  const comparison = compareScenarios(session.baseline, result, { before: methodology.thresholds });
  const baselineCounts = countByTier(session.baseline, tiers);
  const scenarioCounts = countByTier(result, tiers);
  const countRows = tiers.map((tier) => ({
    tier,
    name: format.tierName(methodology.thresholds, tier),
    baseline: baselineCounts.get(tier) ?? 0,
    scenario: scenarioCounts.get(tier) ?? 0,
  }));
  const regions = regionBreakdown(session.baseline, result, session.regionOf, tiers);
  const version = versions.find((v) => v.id === data.versionId);
  const changes = overrideCount(overrides);

  return (
    <>
      <h1>{t('workbench.whatIf.title')}</h1>
      <p className={text.lead}>{t('workbench.whatIf.intro')}</p>
      <DataPicker cycles={cycles} versions={versions} year={data.cycle.year} versionId={data.versionId} onChange={onPick} />
      <p className={text.muted} data-testid="what-if-source">
        {t('workbench.whatIf.source', {
          cycle: data.cycle.name,
          version: version ? format.text(version.name) : format.text(methodology.name),
          count: data.countries.length,
        })}
      </p>
      {scenario && <ScenarioBanner scenario={scenario} format={format} />}
      <div className={styles.layout}>
        <div>
          <div className={styles.toolbar}>
            <span role="status">{t('workbench.whatIf.changes', { count: changes })}</span>
            <Button size="small" onClick={reset} disabled={changes === 0}>
              {t('workbench.whatIf.resetAll')}
            </Button>
          </div>
          <WeightsPanel methodology={methodology} weights={overrides.weights} format={format} onWeight={onWeight} />
          <ThresholdsPanel
            thresholds={methodology.thresholds}
            overrides={overrides.thresholds}
            problems={thresholdProblems(methodology.thresholds, overrides)}
            format={format}
            onThreshold={onThreshold}
          />
          <SaveScenarioForm changes={changes} onSave={(name, note) => onSave(name, note, overrides)} />
        </div>
        {/* it scrolls on its own beside the controls, so it takes the keyboard focus too */}
        <section
          className={`${layout.panel} ${styles.results}`}
          aria-labelledby="results-title"
          tabIndex={0}
          data-testid="what-if-results"
          data-revision={revision}
        >
          <h2 id="results-title">{t('workbench.whatIf.results')}</h2>
          <FormError message={'error' in scored ? scored.error : null} />
          <TierCountsChart rows={countRows} />
          <TierCountsTable rows={countRows} format={format} />
          <h3>{t('workbench.whatIf.changesTitle', { count: comparison.changes.length })}</h3>
          <TierChangesTable
            changes={comparison.changes}
            names={session.names}
            regionOf={session.regionOf}
            format={format}
            caption={t('workbench.whatIf.changesCaption')}
            beforeLabel={t('workbench.whatIf.baseline')}
            afterLabel={t('workbench.whatIf.scenario')}
            testId="tier-changes"
          />
          <h3>{t('workbench.whatIf.byRegion')}</h3>
          <RegionBreakdown rows={regions} tiers={tiers} format={format} />
        </section>
      </div>
    </>
  );
}
