import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyOverrides, type CycleSummary, type MethodologyVersionSummary, type Scenario, type StabilityResult, type WorkbenchData } from '@gci/shared';
import { runStability } from '../../../../workers/stability-client.ts';
import { flaggedCountries, weightsByKind } from '../../lib/stability-summary.ts';
import { fromScenario, toEngine } from '../../lib/scenario-overrides.ts';
import { answersByCountry } from '../../lib/use-what-if.ts';
import { Button } from '../../../../components/button/index.tsx';
import { FormActions } from '../../../../components/form-actions/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import { DataPicker } from '../common/data-picker.tsx';
import { StabilityProgress } from './stability-progress.tsx';
import { DEFAULT_SETTINGS, settingsProblems, StabilitySettingsForm, type StabilitySettings } from './stability-settings.tsx';
import { StabilityTable } from './stability-table.tsx';
import { VariedStatement } from './varied-statement.tsx';

type Run =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: StabilityResult; settings: StabilitySettings; scenario: Scenario | null; ms: number }
  | { state: 'cancelled'; done: number; total: number }
  | { state: 'failed'; message: string };

interface Props {
  data: WorkbenchData;
  cycles: readonly CycleSummary[];
  versions: readonly MethodologyVersionSummary[];
  scenarios: readonly Scenario[];
  onPick: (year: number, versionId: string | null) => void;
}

/** Tier stability: the engine's Monte Carlo in a Web Worker, with progress, cancel, and what was varied stated plainly. */
export function StabilityPage({ data, cycles, versions, scenarios, onPick }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const ownScenarios = scenarios.filter((s) => s.methodologyVersionId === data.versionId);
  const version = versions.find((v) => v.id === data.versionId);

  const start = () => {
    const scenario = ownScenarios.find((s) => s.id === settings.scenarioId) ?? null;
    const used = { ...settings };
    const controller = new AbortController();
    abort.current = controller;
    const began = performance.now();
    setRun({ state: 'running', done: 0, total: used.draws });
    const methodology = scenario ? applyOverrides(data.methodology, toEngine(fromScenario(scenario))) : data.methodology;
    const job = { methodology, answersByCountry: answersByCountry(data), options: { draws: used.draws, seed: used.seed, spread: used.spreadPct / 100 } };
    runStability(job, {
      signal: controller.signal,
      onProgress: (p) => {
        // the worker reports the chunk it was in when the cancel arrived: the run is over for the page
        if (!controller.signal.aborted) setRun({ state: 'running', done: p.done, total: p.total });
      },
    })
      .then((result) => setRun({ state: 'done', result, settings: used, scenario, ms: performance.now() - began }))
      .catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError')
          setRun((r) => (r.state === 'running' ? { state: 'cancelled', done: r.done, total: r.total } : r));
        else setRun({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
      });
  };

  const isRunning = run.state === 'running';
  // the level may change after a run: the flags follow it at once
  const level = settings.levelPct / 100;
  return (
    <>
      <h1>{t('workbench.stability.title')}</h1>
      <p className={text.lead}>{t('workbench.stability.intro')}</p>
      <DataPicker cycles={cycles} versions={versions} year={data.cycle.year} versionId={data.versionId} onChange={onPick} />
      <section className={layout.panel} aria-labelledby="stability-run-title">
        <h2 id="stability-run-title">{t('workbench.stability.run')}</h2>
        <StabilitySettingsForm value={settings} scenarios={ownScenarios} isRunning={isRunning} onChange={setSettings} />
        <p className={text.muted}>
          {t('workbench.stability.variesHint', { count: Object.values(weightsByKind(data.methodology)).reduce((a, b) => a + b, 0) })}
        </p>
        <FormActions>
          <Button
            variant="primary"
            onClick={start}
            disabled={isRunning || settingsProblems(settings).some((p) => p !== 'levelPct')}
            data-testid="run-stability"
          >
            {t('workbench.stability.start')}
          </Button>
          {isRunning && (
            <Button variant="danger" onClick={() => abort.current?.abort()} data-testid="cancel-stability">
              {t('ui.cancel')}
            </Button>
          )}
        </FormActions>
        {run.state === 'running' && <StabilityProgress done={run.done} total={run.total} format={format} />}
        {run.state === 'done' && <StabilityProgress done={run.result.draws} total={run.settings.draws} format={format} />}
        {run.state === 'cancelled' && (
          <Notice tone="warning" role="status">
            {t('workbench.stability.cancelled', { done: format.integer(run.done), total: format.integer(run.total) })}
          </Notice>
        )}
        {run.state === 'failed' && (
          <Notice tone="error" role="alert">
            {run.message}
          </Notice>
        )}
      </section>
      {run.state === 'done' && (
        <section className={layout.panel} aria-labelledby="stability-result-title" data-testid="stability-result">
          <h2 id="stability-result-title">{t('workbench.stability.result')}</h2>
          <VariedStatement
            methodology={data.methodology}
            settings={run.settings}
            scenario={run.scenario}
            cycle={data.cycle.name}
            version={version}
            ms={run.ms}
            format={format}
          />
          <p role="status" data-testid="stability-flagged">
            {t('workbench.stability.flagged', {
              count: flaggedCountries(run.result.countries, level).length,
              total: run.result.countries.length,
              level: format.percent(level),
            })}
          </p>
          <StabilityTable
            countries={run.result.countries}
            level={level}
            names={new Map(data.countries.map((c) => [c.iso3, c.names]))}
            regionOf={new Map(data.countries.map((c) => [c.iso3, c.region]))}
            format={format}
          />
        </section>
      )}
    </>
  );
}
