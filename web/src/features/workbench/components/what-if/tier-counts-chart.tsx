import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useTokenColors } from '../../lib/use-token-colors.ts';
import styles from './tier-counts-chart.module.css';

export interface TierCountRow {
  tier: number;
  name: string;
  baseline: number;
  scenario: number;
}

const TOKENS = { grid: '--color-border', text: '--color-text', baseline: '--color-border-strong', scenario: '--color-brand' } as const;

/**
 * Countries per tier, baseline beside scenario. A picture of the table next to it (which carries
 * the same numbers for screen readers), so it is one image to assistive technology. Animation is
 * off: the bars follow the sliders in the same frame.
 */
export function TierCountsChart({ rows }: { rows: readonly TierCountRow[] }) {
  const { t } = useTranslation();
  const colors = useTokenColors(TOKENS);
  const data = rows.map((r) => ({ label: t('ui.tier', { tier: r.tier }), baseline: r.baseline, scenario: r.scenario }));
  return (
    <div className={styles.chart} role="img" aria-label={t('workbench.whatIf.chartLabel')}>
      <BarChart width={460} height={240} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={colors.grid} />
        <XAxis dataKey="label" tick={{ fill: colors.text, fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fill: colors.text, fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar dataKey="baseline" name={t('workbench.whatIf.baseline')} fill={colors.baseline} isAnimationActive={false} />
        <Bar dataKey="scenario" name={t('workbench.whatIf.scenario')} fill={colors.scenario} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
