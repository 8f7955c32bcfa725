import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryStability, LocalizedString, Region } from '@gci/shared';
import { DataTable, type Column } from '../../../../components/data-table/index.tsx';
import { Notice } from '../../../../components/notice/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { TierBadge } from '../../../../components/tier-badge/index.tsx';
import { nominalProbability } from '../../lib/stability-summary.ts';
import type { Formatters } from '../../../../lib/use-formatters.ts';
import { Choice } from '../common/choice.tsx';
import { Tag } from '../common/tag.tsx';
import text from '../common/text.module.css';
import { TierProbabilityBar } from './tier-probability-bar.tsx';
import styles from './stability-table.module.css';

interface Props {
  countries: readonly CountryStability[];
  /** 0–1 */
  level: number;
  names: ReadonlyMap<string, LocalizedString>;
  regionOf: ReadonlyMap<string, Region>;
  format: Formatters;
}

interface Row {
  c: CountryStability;
  /** the probability of its nominal tier, 0–1 */
  p: number;
  isFlagged: boolean;
}

/** Every country's tier probabilities, by name; those under the level are flagged (and shown alone by default). */
export function StabilityTable({ countries, level, names, regionOf, format }: Props) {
  const { t } = useTranslation();
  const [onlyFlagged, setOnlyFlagged] = useState(true);
  const nameOf = (iso3: string) => (names.get(iso3) ? format.text(names.get(iso3)!) : iso3);
  const rows = countries
    .map((c): Row => ({ c, p: nominalProbability(c), isFlagged: nominalProbability(c) < level }))
    .filter((r) => !onlyFlagged || r.isFlagged);
  const columns: Column<Row>[] = [
    {
      key: 'country',
      header: t('workbench.common.country'),
      isRowHeader: true,
      sortValue: ({ c }) => nameOf(c.country),
      cell: ({ c }) => {
        const region = regionOf.get(c.country);
        return (
          <>
            <bdi>{nameOf(c.country)}</bdi> <span className={text.muted}>{region ? t(`regions.${region}`) : ''}</span>
          </>
        );
      },
    },
    {
      key: 'nominal',
      header: t('workbench.stability.nominal'),
      sortValue: ({ c }) => c.nominalOverall,
      cell: ({ c }) => (
        <>
          <TierBadge tier={c.nominalTier} /> <ScoreDisplay value={c.nominalOverall} />
        </>
      ),
    },
    { key: 'probabilities', header: t('workbench.stability.probabilities'), cell: ({ c }) => <TierProbabilityBar tiers={c.tiers} format={format} /> },
    {
      key: 'probability',
      header: t('workbench.stability.nominalProbability'),
      sortValue: ({ p }) => p,
      cell: ({ p, isFlagged }) => (
        <>
          {format.percent1(p)}{' '}
          {isFlagged && (
            <Tag tone="warning" look="note">
              {t('workbench.stability.flag')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'band',
      header: t('workbench.stability.band'),
      cell: ({ c }) => t('workbench.stability.bandValue', { p5: format.score(c.p5), p95: format.score(c.p95) }),
    },
  ];
  return (
    <>
      <Choice
        type="checkbox"
        label={t('workbench.stability.onlyFlagged', { level: format.percent(level) })}
        checked={onlyFlagged}
        onChange={(e) => setOnlyFlagged(e.currentTarget.checked)}
      />
      <DataTable
        caption={t('workbench.stability.tableCaption')}
        columns={columns}
        rows={rows}
        rowKey={({ c }) => c.country}
        rowProps={({ c, isFlagged }) => ({ 'data-iso3': c.country, 'data-flagged': isFlagged || undefined, className: isFlagged ? styles.flagged : undefined })}
        initialSort={{ key: 'country', direction: 'ascending' }}
        density="compact"
        isBoxed
        testId="stability-table"
      />
      {rows.length === 0 && <Notice tone="success">{t('workbench.stability.noneFlagged', { level: format.percent(level) })}</Notice>}
    </>
  );
}
