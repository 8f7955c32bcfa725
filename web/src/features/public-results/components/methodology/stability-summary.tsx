import { useTranslation } from 'react-i18next';
import type { StabilitySummary as Summary } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { stabilitySettingsInWords } from '../../../../lib/stability-words.ts';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './stability-summary.module.css';

/** How robust the tiers are to the choice of weights: the share of countries whose tier holds in ≥ 90 % of draws, and how the weights were drawn. */
export function StabilitySummary({ stability }: { stability: Summary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div data-testid="stability-summary">
      <p className={styles.headline}>
        {t('public.methodology.stabilityHeadline', {
          stable: format.integer(stability.stable),
          total: format.integer(stability.total),
          threshold: format.percent(stability.threshold),
        })}
      </p>
      <p className={styles.method}>{t('public.methodology.stabilityMethod', { settings: stabilitySettingsInWords(t, format, stability) })}</p>
      <DataTable
        caption={t('public.methodology.stabilityCaption')}
        isBoxed
        density="compact"
        rows={stability.byTier}
        rowKey={(row) => String(row.tier)}
        columns={[
          { key: 'tier', header: t('public.profile.tier'), isRowHeader: true, cell: (row) => <TierBadge tier={row.tier} /> },
          { key: 'countries', header: t('public.methodology.countries'), isNumeric: true, cell: (row) => format.integer(row.countries) },
          { key: 'stable', header: t('public.methodology.stable'), isNumeric: true, cell: (row) => format.integer(row.stable) },
        ]}
      />
    </div>
  );
}
