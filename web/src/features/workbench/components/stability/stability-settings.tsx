import { useTranslation } from 'react-i18next';
import type { Scenario } from '@gci/shared';
import { FormField } from '../../../../components/form-field/index.tsx';
import layout from '../common/layout.module.css';
import styles from './stability-settings.module.css';

export interface StabilitySettings {
  draws: number;
  /** ± per cent of each weight, 0–100 */
  spreadPct: number;
  seed: number;
  /** flag countries whose nominal tier is less likely than this, per cent */
  levelPct: number;
  /** start from a saved scenario's weights ('' = the version's own) */
  scenarioId: string;
}

// The engine keeps every draw's score for the percentiles: 50,000 draws × 194 countries is 78 MB.
export const MAX_DRAWS = 50_000;

export const DEFAULT_SETTINGS: StabilitySettings = { draws: 10_000, spreadPct: 25, seed: 1, levelPct: 80, scenarioId: '' };

/** Whether the settings can run: draws a positive integer, spread 0–100 %, seed an integer, level 0–100 %. */
export function settingsProblems(s: StabilitySettings): (keyof StabilitySettings)[] {
  const bad: (keyof StabilitySettings)[] = [];
  if (!(Number.isInteger(s.draws) && s.draws >= 1 && s.draws <= MAX_DRAWS)) bad.push('draws');
  if (!(s.spreadPct >= 0 && s.spreadPct <= 100)) bad.push('spreadPct');
  if (!(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= 0xffffffff)) bad.push('seed');
  if (!(s.levelPct >= 0 && s.levelPct <= 100)) bad.push('levelPct');
  return bad;
}

interface Props {
  value: StabilitySettings;
  scenarios: readonly Scenario[];
  isRunning: boolean;
  onChange: (next: StabilitySettings) => void;
}

/** Draws, spread, seed, the level that flags a country, and the weights to start from. */
export function StabilitySettingsForm({ value, scenarios, isRunning, onChange }: Props) {
  const { t } = useTranslation();
  const problems = settingsProblems(value);
  const number = (field: 'draws' | 'spreadPct' | 'seed' | 'levelPct', props: { min: number; max: number; step: number }) => (
    <FormField label={t(`workbench.stability.${field}`)} className={layout.narrow}>
      {(control) => (
        <input
          {...control}
          name={field}
          type="number"
          {...props}
          value={Number.isNaN(value[field]) ? '' : value[field]}
          disabled={isRunning && field !== 'levelPct'}
          aria-invalid={problems.includes(field) || undefined}
          onChange={(e) => onChange({ ...value, [field]: e.currentTarget.valueAsNumber })}
        />
      )}
    </FormField>
  );
  return (
    <fieldset className={`${layout.formGrid} ${styles.settings}`}>
      <legend className="visually-hidden">{t('workbench.stability.settings')}</legend>
      {number('draws', { min: 1, max: MAX_DRAWS, step: 1 })}
      {number('spreadPct', { min: 0, max: 100, step: 1 })}
      {number('seed', { min: 0, max: 0xffffffff, step: 1 })}
      {number('levelPct', { min: 0, max: 100, step: 1 })}
      <FormField label={t('workbench.stability.startFrom')}>
        {(control) => (
          <select {...control} value={value.scenarioId} disabled={isRunning} onChange={(e) => onChange({ ...value, scenarioId: e.currentTarget.value })}>
            <option value="">{t('workbench.stability.versionWeights')}</option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </fieldset>
  );
}
