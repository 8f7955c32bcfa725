import type { Country } from '@gci/shared';
import { buildCountries } from '../../../../fixtures/countries.ts';
import type { Executor } from '../../db/database.ts';
import { insertCountriesIfAbsent, listCountryRows, refreshUneditedCountry } from './countries.repository.ts';

export interface CountrySyncReport {
  /** codes of the countries added (missing from the database) */
  inserted: string[];
  /** codes of countries nobody had edited, whose names or region the reference list corrected */
  refreshed: string[];
  /** codes of the reference list left out: their alpha-2 or numeric code belongs to another country already */
  skipped: string[];
}

const sameNames = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([locale, name]) => b[locale] === name);

/**
 * Makes the database hold the reference list of participating states (fixtures/un-countries.ts),
 * so an empty database has its countries with or without the demo. Idempotent, and it never
 * overwrites an administrator's work: it adds the countries that are missing, and corrects the names
 * and region only of rows nobody has changed on the platform (`updated_at` null). Countries the list
 * does not name (added by an administrator, or dropped from the list) stay as they are.
 * Runs as the database owner (start-up, seed), outside any request; in the caller's transaction if given one.
 */
export async function syncCountries(db: Executor, reference: readonly Country[] = buildCountries()): Promise<CountrySyncReport> {
  if (!db.isTransaction) return db.transaction().execute((trx) => syncCountries(trx, reference));
  const trx = db;
  const existing = new Map((await listCountryRows(trx)).map((row) => [row.iso3, row]));
  const takenIso2 = new Set([...existing.values()].map((row) => row.iso2));
  const takenNumeric = new Set([...existing.values()].map((row) => row.numeric));
  const missing = reference.filter((c) => !existing.has(c.iso3));
  const insertable = missing.filter((c) => !takenIso2.has(c.iso2) && !takenNumeric.has(c.numeric));
  const inserted = await insertCountriesIfAbsent(trx, insertable);

  const refreshed: string[] = [];
  for (const country of reference) {
    const row = existing.get(country.iso3);
    if (!row || row.updatedAt !== null) continue;
    if (row.region === country.region && sameNames(row.names, country.names)) continue;
    if (await refreshUneditedCountry(trx, country.iso3, { names: country.names, region: country.region })) refreshed.push(country.iso3);
  }
  const skipped = missing.map((c) => c.iso3).filter((iso3) => !inserted.includes(iso3));
  return { inserted, refreshed, skipped };
}
