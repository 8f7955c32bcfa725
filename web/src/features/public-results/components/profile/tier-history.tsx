import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TierHistoryEntry } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { publicPaths } from '../../lib/paths.ts';

/** The country's tier in each published cycle (editions may use different methodologies). */
export function TierHistory({ history, iso3, currentYear }: { history: TierHistoryEntry[]; iso3: string; currentYear: number }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('public.profile.historyCaption')}
      rows={history}
      rowKey={(entry) => String(entry.year)}
      isBoxed
      density="compact"
      columns={[
        {
          key: 'cycle',
          header: t('public.profile.cycle'),
          isRowHeader: true,
          cell: (entry) =>
            entry.year === currentYear ? (
              <bdi>{entry.cycleName}</bdi>
            ) : (
              <Link to={publicPaths.country(entry.year, iso3)}>
                <bdi>{entry.cycleName}</bdi>
              </Link>
            ),
        },
        { key: 'tier', header: t('public.profile.tier'), cell: (entry) => <TierBadge tier={entry.tier} /> },
      ]}
    />
  );
}
