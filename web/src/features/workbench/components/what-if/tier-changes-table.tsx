import { useTranslation } from 'react-i18next';
import type { LocalizedString, Region, TierChange } from '@gci/shared';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { EmptyState } from '../../../../components/empty-state/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import text from '../common/text.module.css';
import styles from './tier-changes-table.module.css';

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

/** Countries whose tier differs between two scorings, by country name (or region), with both scores. No ranks. */
export function TierChangesTable({ changes, names, regionOf, format, caption, beforeLabel, afterLabel, testId }: Props) {
  const { t } = useTranslation();
  const nameOf = (iso3: string) => {
    const name = names.get(iso3);
    return name ? format.text(name) : iso3;
  };
  const regionName = (iso3: string) => {
    const region = regionOf.get(iso3);
    return region ? t(`regions.${region}`) : '';
  };
  const columns: Column<TierChange>[] = [
    {
      key: 'country',
      header: t('workbench.common.country'),
      isRowHeader: true,
      sortValue: (c) => nameOf(c.country),
      cell: (c) => (
        <>
          <bdi>{nameOf(c.country)}</bdi> <span className={text.muted}>{c.country}</span>
        </>
      ),
    },
    { key: 'region', header: t('workbench.common.region'), sortValue: (c) => regionName(c.country), cell: (c) => regionName(c.country) },
    {
      key: 'before',
      header: beforeLabel,
      cell: (c) => (
        <>
          <TierBadge tier={c.before.tier} /> <ScoreDisplay value={c.before.overall} />
        </>
      ),
    },
    {
      key: 'after',
      header: afterLabel,
      cell: (c) => {
        const isUp = c.after.tier < c.before.tier;
        return (
          <>
            <TierBadge tier={c.after.tier} /> <ScoreDisplay value={c.after.overall} />{' '}
            <span className="visually-hidden">{isUp ? t('workbench.common.movedUp') : t('workbench.common.movedDown')}</span>
            <span aria-hidden="true" className={styles.move}>
              {isUp ? '▲' : '▼'}
            </span>
          </>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={changes}
      rowKey={(c) => c.country}
      rowProps={(c) => ({ 'data-iso3': c.country, 'data-before-tier': c.before.tier, 'data-after-tier': c.after.tier })}
      initialSort={{ key: 'country', direction: 'ascending' }}
      empty={<EmptyState testId={testId}>{t('workbench.common.noTierChanges')}</EmptyState>}
      density="compact"
      isBoxed
      testId={testId}
    />
  );
}
