import { useTranslation } from 'react-i18next';
import type { TierThreshold } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { FormError, FormField } from '../../../../components/form-field/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import layout from '../common/layout.module.css';
import text from '../common/text.module.css';
import styles from './thresholds-panel.module.css';

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
    <section className={layout.panel} aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('workbench.whatIf.thresholds')}</h2>
      <p className={text.muted}>{t('workbench.whatIf.thresholdsHint')}</p>
      <FormError id="thresholds-problem" message={problems.length > 0 ? t('workbench.whatIf.thresholdProblem', { tiers: problems.join(', ') }) : null} />
      <ul className={styles.list}>
        {thresholds.map((th) => {
          const value = overrides[th.tier] ?? th.min;
          const isWrong = problems.includes(th.tier);
          return (
            <li key={th.tier} data-tier-threshold={th.tier}>
              <TierBadge tier={th.tier} />
              <FormField
                id={`threshold-${th.tier}`}
                label={t('workbench.whatIf.tierMin', { name: format.tierName(thresholds, th.tier) })}
                inline
                className={styles.field}
              >
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={0}
                    max={100}
                    step="any"
                    value={value}
                    readOnly={th.tier === lowest}
                    aria-invalid={isWrong || undefined}
                    aria-describedby={isWrong ? 'thresholds-problem' : undefined}
                    onChange={(e) => {
                      const v = e.currentTarget.valueAsNumber;
                      if (Number.isFinite(v)) onThreshold(th.tier, v, th.min);
                    }}
                  />
                )}
              </FormField>
              {value !== th.min && <span className={text.muted}>{t('workbench.whatIf.was', { value: format.number(th.min) })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
