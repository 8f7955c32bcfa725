import { useTranslation } from 'react-i18next';
import type { Methodology, MethodologyVersionSummary, Scenario } from '@gci/shared';
import { weightsByKind } from '../../lib/stability-summary.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { shortHash } from '../../lib/short-hash.ts';
import type { StabilitySettings } from './stability-settings.tsx';
import text from '../common/text.module.css';
import styles from './varied-statement.module.css';

interface Props {
  methodology: Methodology;
  settings: StabilitySettings;
  scenario: Scenario | null;
  cycle: string;
  version: MethodologyVersionSummary | undefined;
  ms: number;
  format: Formatters;
}

/** Says exactly what the run varied and what it kept, so anyone can run it again and get the same numbers. */
export function VariedStatement({ methodology, settings, scenario, cycle, version, ms, format }: Props) {
  const { t } = useTranslation();
  const kinds = weightsByKind(methodology);
  const total = kinds.pillar + kinds.indicator + kinds.sub_indicator + kinds.question;
  const reproduce = JSON.stringify({
    cycle,
    versionId: version?.id,
    scenarioId: scenario?.id ?? null,
    draws: settings.draws,
    spread: settings.spreadPct / 100,
    seed: settings.seed,
  });
  return (
    <div data-testid="varied-statement">
      <h3>{t('workbench.stability.whatVaried')}</h3>
      <ul className={styles.list}>
        <li>
          {t('workbench.stability.variedWeights', {
            total,
            pillars: kinds.pillar,
            indicators: kinds.indicator,
            subIndicators: kinds.sub_indicator,
            questions: kinds.question,
            spread: settings.spreadPct,
          })}
        </li>
        <li>{t('workbench.stability.variedDraws', { draws: format.integer(settings.draws), seed: settings.seed })}</li>
        <li>{t('workbench.stability.keptFixed')}</li>
        <li>
          {t('workbench.stability.variedData', { cycle, version: version ? format.text(version.name) : methodology.key })}
          {version?.contentHash && <> {t('workbench.stability.versionHash', { hash: shortHash(version.contentHash) })}</>}
          {scenario && <> {t('workbench.stability.fromScenario', { name: scenario.name })}</>}
        </li>
      </ul>
      <p className={text.muted}>{t('workbench.stability.reproduce', { seconds: (ms / 1000).toFixed(1) })}</p>
      <pre className={styles.reproduce}>
        <code>{reproduce}</code>
      </pre>
    </div>
  );
}
