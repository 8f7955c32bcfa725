import { useTranslation } from 'react-i18next';
import type { LocalizedString, Region, TierChange } from '@gci/shared';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';

interface Props {
  changes: readonly TierChange[];
  names: ReadonlyMap<string, LocalizedString>;
  regionOf: ReadonlyMap<string, Region>;
  format: Formatters;
  caption: string;
  beforeLabel: string;
  afterLabel: string;
  testId?: string;
}

/** Countries whose tier differs between two scorings, by country name, with both scores. No ranks. */
export function TierChangesTable({ changes, names, regionOf, format, caption, beforeLabel, afterLabel, testId }: Props) {
  const { t } = useTranslation();
  const nameOf = (iso3: string) => {
    const names_ = names.get(iso3);
    return names_ ? format.text(names_) : iso3;
  };
  const sorted = [...changes].sort((a, b) => nameOf(a.country).localeCompare(nameOf(b.country), format.locale));
  return (
    <div className="table-wrap">
      <table className="data-table data-table--compact" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workbench.common.country')}</th>
            <th scope="col">{t('workbench.common.region')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                {t('workbench.common.noTierChanges')}
              </td>
            </tr>
          )}
          {sorted.map((c) => {
            const region = regionOf.get(c.country);
            return (
              <tr key={c.country} data-iso3={c.country} data-before-tier={c.before.tier} data-after-tier={c.after.tier}>
                <th scope="row">
                  <bdi>{nameOf(c.country)}</bdi> <span className="muted">{c.country}</span>
                </th>
                <td>{region ? t(`regions.${region}`) : ''}</td>
                <td>
                  <TierBadge tier={c.before.tier} /> {format.score(c.before.overall)}
                </td>
                <td>
                  <TierBadge tier={c.after.tier} /> {format.score(c.after.overall)}{' '}
                  <span className="visually-hidden">{c.after.tier < c.before.tier ? t('workbench.common.movedUp') : t('workbench.common.movedDown')}</span>
                  <span aria-hidden="true" className="tier-move">{c.after.tier < c.before.tier ? '▲' : '▼'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
