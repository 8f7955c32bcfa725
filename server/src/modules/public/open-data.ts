import { localize, REGION_LABELS, truncateScore, type Locale, type OpenData } from '@gci/shared';
import { columnsOf, toCsv, toXlsx, type Column, type Sheet } from '../../lib/spreadsheet.ts';
import type { PublicationView } from './publication-view.ts';

/**
 * The open-data rows of a published cycle, names in `lang` (English where a name has no translation).
 * Scores are cut to two decimals as every page shows them (truncateScore), so a file never puts a
 * country above its tier's band; the full values are in the reproducibility bundle.
 */
export function buildOpenData(view: PublicationView, lang: Locale): OpenData {
  const tierNames = new Map(view.tiers.map((t) => [t.tier, localize(t.name, lang)]));
  return {
    cycle: {
      year: view.cycle.year,
      name: view.cycle.name,
      isDemo: view.cycle.isDemo,
      publishedAt: view.cycle.publishedAt,
      methodologyKey: view.cycle.methodologyKey,
      publicationId: view.publicationId,
    },
    language: lang,
    tiers: view.tiers.map((t) => ({ tier: t.tier, name: localize(t.name, lang), min: t.min, max: t.max })),
    pillars: view.methodology.pillars.map((p) => ({ key: p.key, name: localize(p.texts.title, lang), max: view.methodology.pillarMax })),
    countries: view.results.countries.map((c) => ({
      iso3: c.iso3,
      name: localize(c.names, lang),
      region: c.region,
      tier: c.tier,
      tierName: tierNames.get(c.tier) ?? String(c.tier),
      overall: truncateScore(c.overall),
      pillars: Object.fromEntries(c.pillars.map((p) => [p.key, truncateScore(p.score)])),
    })),
  };
}

/** Whether a download is named and marked as demo data (its rows say so too, in the `demo` column). */
export const resultsFileName = (data: OpenData, format: 'json' | 'csv' | 'xlsx'): string =>
  `gci-${data.cycle.year}-results-${data.cycle.isDemo ? 'DEMO-' : ''}${data.language}.${format}`;

/**
 * The rows of the CSV and XLSX downloads: tier number and name, the region's code and name and the
 * country's name in the chosen language, scores at two decimals, and whether this is demo data.
 * Never a rank.
 */
export function resultsSheet(data: OpenData): Sheet {
  const columns: Column[] = [
    ...columnsOf('iso3 name region region_name tier tier_name overall'),
    ...data.pillars.map((p): Column => ({ header: p.key, kind: 'score', width: Math.max(10, p.key.length + 2) })),
    ...columnsOf('demo'),
  ];
  const rows = data.countries.map((c) => [
    c.iso3,
    c.name,
    c.region,
    localize(REGION_LABELS[c.region], data.language),
    c.tier,
    c.tierName,
    c.overall,
    ...data.pillars.map((p) => c.pillars[p.key] ?? null),
    data.cycle.isDemo,
  ]);
  return { name: `GCI ${data.cycle.year}`, columns, rows };
}

/** The results as CSV (UTF-8 with a byte-order mark) or XLSX. */
export async function resultsFile(data: OpenData, format: 'csv' | 'xlsx', publishedAt: Date): Promise<Buffer> {
  const sheet = resultsSheet(data);
  return format === 'csv' ? Buffer.from(toCsv(sheet), 'utf8') : toXlsx([sheet], publishedAt);
}
