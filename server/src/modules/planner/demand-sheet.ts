import type { Demand } from '@gci/shared';
import type { Sheet } from '../../lib/spreadsheet.ts';

/** The demand heatmap as one table: a row per indicator and region, as the web shows it. */
export const demandSheet = (demand: Demand): Sheet => ({
  name: 'demand',
  columns: [{ header: 'indicator' }, { header: 'region' }, { header: 'requests', kind: 'number' }, { header: 'unmet', kind: 'number' }],
  rows: demand.cells.map((c) => [c.indicatorKey, c.region, c.requests, c.unmet]),
});
