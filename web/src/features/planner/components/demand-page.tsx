import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type AssistanceRequest, type Demand, type Role } from '@gci/shared';
import { tableClasses } from '../../../components/data-table/index.tsx';
import { SpreadsheetLinks } from '../../../components/download-links/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { demandExportHrefs } from '../api/demand.ts';
import { RequestCard } from './request-card.tsx';
import styles from './planner.module.css';

/** The cell's shade: the most demanded cell darkest (requests count double: someone asked). */
const shade = (weight: number, max: number) => (max ? `color-mix(in srgb, var(--color-link) ${Math.round((weight / max) * 60)}%, transparent)` : undefined);

/** `/planner`: demand for analysts, an indicator × region heatmap of open requests and unmet indicators, and every request. */
export function DemandPage({
  demand,
  requests,
  role,
  onChanged,
}: {
  demand: Demand;
  requests: AssistanceRequest[];
  role: Role;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleOf = (key: string) => {
    const title = demand.titles[key];
    return title ? localize(title, locale) : key;
  };
  const cells = useMemo(() => new Map(demand.cells.map((c) => [`${c.indicatorKey}\u0000${c.region}`, c])), [demand.cells]);
  const cell = (indicatorKey: string, region: string) => cells.get(`${indicatorKey}\u0000${region}`);
  const max = Math.max(0, ...demand.cells.map((c) => 2 * c.requests + c.unmet));
  return (
    <section className={styles.stack} data-testid="demand">
      <PageTitle title={t('planner.demand.title')} />
      <h1>{t('planner.demand.title')}</h1>
      <p className={styles.muted}>{demand.year === null ? t('planner.demand.noResults') : t('planner.demand.intro', { year: demand.year })}</p>
      <SpreadsheetLinks label={t('planner.demand.export')} hrefs={demandExportHrefs} testId="demand-exports" />
      <table className={tableClasses.table} data-testid="demand-heatmap">
        <caption className={tableClasses.caption}>{t('planner.demand.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.demand.indicator')}</th>
            {demand.regions.map((r) => (
              <th key={r} scope="col">
                {t(`regions.${r}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {demand.indicators.map((key) => (
            <tr key={key}>
              <th scope="row" title={key}>
                {titleOf(key)}
              </th>
              {demand.regions.map((region) => {
                const c = cell(key, region);
                const requests = c?.requests ?? 0;
                const unmet = c?.unmet ?? 0;
                return (
                  <td
                    key={region}
                    className={styles.heat}
                    style={{ background: shade(2 * requests + unmet, max) }}
                    data-indicator={key}
                    data-region={region}
                    data-requests={requests}
                    data-unmet={unmet}
                  >
                    {t('planner.demand.cell', { requests, unmet })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('planner.requests.title')}</h2>
      {requests.length === 0 && <p className={styles.muted}>{t('planner.requests.none')}</p>}
      {requests.map((r) => (
        <RequestCard key={r.id} request={r} role={role} title={titleOf(r.indicatorKey)} onChanged={() => void onChanged()} />
      ))}
    </section>
  );
}
