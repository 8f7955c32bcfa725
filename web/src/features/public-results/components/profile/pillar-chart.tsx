import { useTranslation } from 'react-i18next';
import { localize, type Locale, type ProfilePillar } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import { PillarBarChart } from '../pillar-bar-chart.tsx';
import styles from './pillar-chart.module.css';

/**
 * The five pillars: a bar chart (bars in the pillar's tier colour, the region average in grey)
 * for sighted readers, and the same figures in a table, which is what assistive technology reads.
 */
export function PillarChart({ pillars, locale }: { pillars: ProfilePillar[]; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const max = Math.max(...pillars.map((p) => p.max));
  const rows = pillars.map((p) => ({
    key: p.key,
    name: localize(p.name, locale),
    bars: [
      { key: 'score', value: p.score, color: `var(--tier-${p.tier})` },
      ...(p.regionAverage === null ? [] : [{ key: 'regionAverage', value: p.regionAverage, color: 'var(--color-chart-average)' }]),
    ],
  }));
  return (
    <div data-testid="pillar-chart">
      <PillarBarChart
        rows={rows}
        max={max}
        footer={
          <p className={styles.key}>
            {/* a swatch never parts from its label when the key wraps */}
            <span className={styles.keyItem}>
              <span className={styles.keyScore} /> {t('public.profile.chartKeyScore')}
            </span>
            <span className={styles.keyItem}>
              <span className={styles.keyAverage} /> {t('public.profile.regionAverage')}
            </span>
          </p>
        }
      />
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
