import { useTranslation } from 'react-i18next';
import { Bar, Cell } from 'recharts';
import { localize, type Locale, type ProfilePillar } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { useTokenColors } from '../../../../lib/use-token-colors.ts';
import { PillarBarChart } from '../pillar-bar-chart.tsx';
import styles from './pillar-chart.module.css';

/**
 * The five pillars: a bar chart (bars in the pillar's tier colour, the region average in grey)
 * for sighted readers, and the same figures in a table, which is what assistive technology reads.
 */
export function PillarChart({ pillars, locale }: { pillars: ProfilePillar[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const color = useTokenColors();
  const max = Math.max(...pillars.map((p) => p.max));
  const data = pillars.map((p) => ({ key: p.key, name: localize(p.name, locale), score: p.score, regionAverage: p.regionAverage ?? 0, tier: p.tier }));
  return (
    <div data-testid="pillar-chart">
      <PillarBarChart
        data={data}
        max={max}
        height={280}
        locale={locale}
        footer={
          <p className={styles.key}>
            <span className={styles.keyScore} /> {t('public.profile.chartKeyScore')}
            <span className={styles.keyAverage} /> {t('public.profile.regionAverage')}
          </p>
        }
      >
        <Bar dataKey="score" name={t('public.profile.score')} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.key} fill={color(`--tier-${d.tier}`)} stroke={color('--color-text')} strokeWidth={0.5} />
          ))}
        </Bar>
        <Bar dataKey="regionAverage" name={t('public.profile.regionAverage')} fill={color('--color-chart-average')} isAnimationActive={false} />
      </PillarBarChart>
      <DataTable
        caption={t('public.profile.pillarsCaption', { max: format.bound(max) })}
        rows={pillars}
        rowKey={(p) => p.key}
        rowProps={(p) => ({ 'data-pillar': p.key })}
        isBoxed
        density="compact"
        columns={[
          { key: 'pillar', header: t('public.profile.pillar'), isRowHeader: true, cell: (p) => localize(p.name, locale) },
          { key: 'score', header: t('public.profile.score'), isNumeric: true, cell: (p) => <ScoreDisplay value={p.score} max={p.max} /> },
          { key: 'tier', header: t('public.profile.pillarTier'), cell: (p) => <TierBadge tier={p.tier} /> },
          {
            key: 'average',
            header: t('public.profile.regionAverage'),
            isNumeric: true,
            cell: (p) => (p.regionAverage === null ? '–' : <ScoreDisplay value={p.regionAverage} />),
          },
        ]}
      />
    </div>
  );
}
