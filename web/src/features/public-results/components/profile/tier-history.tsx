import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TierHistoryEntry } from '@gci/shared';
import { publicPaths } from '../../lib/paths.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

/** The country's tier in each published cycle (editions may use different methodologies). */
export function TierHistory({ history, iso3, currentYear }: { history: TierHistoryEntry[]; iso3: string; currentYear: number }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption>{t('public.profile.historyCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('public.profile.cycle')}</th>
          <th scope="col">{t('public.profile.tier')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry) => (
          <tr key={entry.year}>
            <th scope="row">
              {entry.year === currentYear ? (
                <bdi>{entry.cycleName}</bdi>
              ) : (
                <Link to={publicPaths.country(entry.year, iso3)}>
                  <bdi>{entry.cycleName}</bdi>
                </Link>
              )}
            </th>
            <td>
              <TierBadge tier={entry.tier} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
