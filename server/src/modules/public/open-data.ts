import { stringify } from 'csv-stringify/sync';
import { localize, type Locale, type OpenData } from '@gci/shared';
import type { PublicationView } from './publication-view.ts';

/** The open-data rows of a published cycle, names in `lang` (English where a name has no translation). */
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
      overall: c.overall,
      pillars: Object.fromEntries(c.pillars.map((p) => [p.key, p.score])),
    })),
  };
}

/** Fixed columns, then one per pillar (its key); numbers at full precision, so the CSV and JSON agree exactly. */
export function csvColumns(data: OpenData): string[] {
  return ['iso3', 'name', 'region', 'tier', 'tier_name', 'overall', ...data.pillars.map((p) => p.key)];
}

/**
 * The same rows as CSV (RFC 4180 quoting by csv-stringify), UTF-8 with a byte-order mark so
 * spreadsheet programs read the non-Latin names correctly.
 */
export function toCsv(data: OpenData): string {
  const rows = data.countries.map((c) => [c.iso3, c.name, c.region, c.tier, c.tierName, c.overall, ...data.pillars.map((p) => c.pillars[p.key] ?? '')]);
  return stringify(rows, { header: true, columns: csvColumns(data), bom: true, record_delimiter: 'windows' });
}
