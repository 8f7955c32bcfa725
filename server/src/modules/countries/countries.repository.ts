import type { Executor } from '../../db/database.ts';
import type { CountryRow } from '../../db/tables.ts';

/** Whether a country with this ISO 3166-1 alpha-3 code is on the platform. */
export async function countryExists(db: Executor, iso3: string): Promise<boolean> {
  const row = await db.selectFrom('countries').select('iso3').where('iso3', '=', iso3).executeTakeFirst();
  return row !== undefined;
}

export const listCountryRows = (db: Executor): Promise<CountryRow[]> => db.selectFrom('countries').selectAll().orderBy('iso3').execute();

export const findCountryRow = (db: Executor, iso3: string): Promise<CountryRow | undefined> =>
  db.selectFrom('countries').selectAll().where('iso3', '=', iso3).executeTakeFirst();

/** The countries holding any of these codes (a new country must not reuse one). */
export const findCountriesByCode = (db: Executor, codes: { iso3: string; iso2: string; numeric: string }): Promise<CountryRow[]> =>
  db
    .selectFrom('countries')
    .selectAll()
    .where((eb) => eb.or([eb('iso3', '=', codes.iso3), eb('iso2', '=', codes.iso2), eb('numeric', '=', codes.numeric)]))
    .execute();

export interface CountryParticipationRow {
  countryIso3: string;
  cycleId: string;
  year: number;
  name: string;
}

/** The cycles each country has an assessment in (one country's with `iso3`), oldest first. */
export function listParticipation(db: Executor, iso3?: string): Promise<CountryParticipationRow[]> {
  let query = db
    .selectFrom('assessments')
    .innerJoin('cycles', 'cycles.id', 'assessments.cycleId')
    .select(['assessments.countryIso3', 'cycles.id as cycleId', 'cycles.year', 'cycles.name'])
    .orderBy('cycles.year')
    .orderBy('cycles.id');
  if (iso3) query = query.where('assessments.countryIso3', '=', iso3);
  return query.execute();
}

export interface NewCountry {
  iso3: string;
  iso2: string;
  numeric: string;
  region: string;
  names: Record<string, string>;
}

/** Inserts countries, skipping any whose codes (alpha-3, alpha-2 or numeric) a row has already; returns the codes inserted. */
export async function insertCountriesIfAbsent(db: Executor, countries: readonly NewCountry[]): Promise<string[]> {
  if (countries.length === 0) return [];
  const rows = await db
    .insertInto('countries')
    .values(countries.map((c) => ({ ...c, names: JSON.stringify(c.names) })))
    .onConflict((oc) => oc.doNothing())
    .returning('iso3')
    .execute();
  return rows.map((r) => r.iso3);
}

export const insertCountry = (db: Executor, country: NewCountry & { updatedAt: Date; updatedBy: string }): Promise<CountryRow> =>
  db
    .insertInto('countries')
    .values({ ...country, names: JSON.stringify(country.names) })
    .returningAll()
    .executeTakeFirstOrThrow();

/** What an administrator may change of a country; its codes never change. */
export interface CountryChange {
  names?: Record<string, string>;
  region?: string;
  updatedAt: Date;
  updatedBy: string;
}

/** Applies the change only if the row is still at `version` (and moves it to the next one); undefined when it is not. */
export const updateCountryIfVersion = (db: Executor, iso3: string, version: number, change: CountryChange): Promise<CountryRow | undefined> =>
  db
    .updateTable('countries')
    .set((eb) => ({
      ...change,
      ...(change.names ? { names: JSON.stringify(change.names) } : {}),
      version: eb('version', '+', 1),
    }))
    .where('iso3', '=', iso3)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();

/** Replaces the names and region of a row nobody has edited on the platform (updated_at null); false when someone has since. */
export async function refreshUneditedCountry(db: Executor, iso3: string, data: { names: Record<string, string>; region: string }): Promise<boolean> {
  const row = await db
    .updateTable('countries')
    .set({ names: JSON.stringify(data.names), region: data.region })
    .where('iso3', '=', iso3)
    .where('updatedAt', 'is', null)
    .returning('iso3')
    .executeTakeFirst();
  return row !== undefined;
}
