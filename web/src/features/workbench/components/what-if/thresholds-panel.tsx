import { useTranslation } from 'react-i18next';
import type { TierThreshold } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

interface Props {
  thresholds: readonly TierThreshold[];
  overrides: Readonly<Record<number, number>>;
  /** tiers whose minimum is out of order or out of range */
  problems: readonly number[];
  format: Formatters;
  onThreshold: (tier: number, min: number, base: number) => void;
}

/** The lowest overall score of each tier; the lowest tier always starts at 0. */
export function ThresholdsPanel({ thresholds, overrides, problems, format, onThreshold }: Props) {
  const { t } = useTranslation();
  const lowest = thresholds[thresholds.length - 1]?.tier;
  return (
    <section className="panel thresholds-panel" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('workbench.whatIf.thresholds')}</h2>
      <p className="muted">{t('workbench.whatIf.thresholdsHint')}</p>
      {problems.length > 0 && (
        <p className="form-error" role="alert">
          {t('workbench.whatIf.thresholdProblem', { tiers: problems.join(', ') })}
        </p>
      )}
      <ul className="thresholds-panel__list">
        {thresholds.map((th) => {
          const value = overrides[th.tier] ?? th.min;
          const id = `threshold-${th.tier}`;
          return (
            <li key={th.tier} data-tier-threshold={th.tier}>
              <TierBadge tier={th.tier} />
              <label htmlFor={id}>{t('workbench.whatIf.tierMin', { name: format.tierName(thresholds, th.tier) })}</label>
              <input
                id={id}
                type="number"
                min={0}
                max={100}
                step="any"
                value={value}
                readOnly={th.tier === lowest}
                aria-invalid={problems.includes(th.tier) || undefined}
                onChange={(e) => {
                  const v = e.currentTarget.valueAsNumber;
                  if (Number.isFinite(v)) onThreshold(th.tier, v, th.min);
                }}
              />
              {value !== th.min && <span className="muted">{t('workbench.whatIf.was', { value: format.number(th.min) })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
