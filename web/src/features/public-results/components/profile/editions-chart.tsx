import { useTranslation } from 'react-i18next';
import { localize, type Locale, type LocalizedString, type TierHistoryEntry } from '@gci/shared';
import { DataTable } from '../../../../components/data-table/index.tsx';
import { ScoreDisplay } from '../../../../components/score-display/index.tsx';
import { useFormatters } from '../../../../lib/use-formatters.ts';
import styles from './editions-chart.module.css';

interface Series {
  key: string;
  name: string;
  /** by year: the score and the end of its scale; absent where that edition had no such pillar */
  points: Map<number, { score: number; max: number }>;
}

/** The overall score, then each pillar as the newest edition orders them (pillars of older methodologies after). */
function seriesOf(history: readonly TierHistoryEntry[], locale: Locale, overallName: string): Series[] {
  const overall: Series = { key: 'overall', name: overallName, points: new Map(history.map((h) => [h.year, { score: h.overall, max: 100 }])) };
  const pillars = new Map<string, { name: LocalizedString; points: Series['points'] }>();
  for (const entry of [...history].sort((a, b) => b.year - a.year)) {
    for (const p of entry.pillars) {
      const series = pillars.get(p.key) ?? { name: p.name, points: new Map() };
      series.points.set(entry.year, { score: p.score, max: p.max });
      pillars.set(p.key, series);
    }
  }
  return [overall, ...[...pillars].map(([key, s]) => ({ key, name: localize(s.name, locale), points: s.points }))];
}

/**
 * The overall and pillar scores in each published edition: one small bar chart per score, the
 * editions side by side, drawn as plain SVG (it comes with the server's page and needs no chart
 * library). Bars are shares of each score's own scale, as editions may use different
 * methodologies. Hidden from assistive technology: the table after it carries the same figures.
 */
export function EditionsChart({ history, currentYear, locale }: { history: readonly TierHistoryEntry[]; currentYear: number; locale: Locale }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const editions = [...history].sort((a, b) => a.year - b.year);
  const series = seriesOf(editions, locale, t('results.overallScore'));
  const width = 100 / Math.max(editions.length, 1);
  return (
    <div data-testid="editions-chart">
      <ul className={styles.grid} aria-hidden="true">
        {series.map((s) => (
          <li key={s.key} className={styles.card} data-series={s.key}>
            <span className={styles.name}>{s.name}</span>
            <svg className={styles.bars} width="100%" height={64} role="presentation" focusable="false">
              <line className={styles.axis} x1="0" x2="100%" y1={64} y2={64} />
              {editions.map((e, i) => {
                const point = s.points.get(e.year);
                if (!point) return null;
                const share = point.max > 0 ? Math.min(Math.max(point.score / point.max, 0), 1) : 0;
                return (
                  <rect
                    key={e.year}
                    data-year={e.year}
                    className={e.year === currentYear ? styles.current : styles.bar}
                    x={`${i * width + width * 0.2}%`}
                    width={`${width * 0.6}%`}
                    y={64 - share * 62}
                    height={share * 62}
                  />
                );
              })}
            </svg>
            <span className={styles.years}>
              {editions.map((e) => (
                <span key={e.year}>{s.points.has(e.year) ? format.score(s.points.get(e.year)!.score) : '–'}</span>
              ))}
            </span>
            <span className={styles.years}>
              {editions.map((e) => (
                <span key={e.year}>{e.year}</span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {/* seven columns and more: it may scroll sideways, so the keyboard can reach it (tabIndex) */}
      <div className={styles.scroll} role="region" aria-label={t('public.profile.editionsCaption')} tabIndex={0}>
        <DataTable
          caption={t('public.profile.editionsCaption')}
          rows={editions}
          rowKey={(e) => String(e.year)}
          rowProps={(e) => ({ 'data-year': String(e.year) })}
          density="compact"
          columns={[
            { key: 'cycle', header: t('public.profile.cycle'), isRowHeader: true, cell: (e) => <bdi>{e.cycleName}</bdi> },
            ...series.map((s) => ({
              key: s.key,
              header: s.name,
              isNumeric: true,
              cell: (e: TierHistoryEntry) => {
                const point = s.points.get(e.year);
                return point ? <ScoreDisplay value={point.score} max={point.max} /> : '–';
              },
            })),
          ]}
        />
      </div>
    </div>
  );
}
