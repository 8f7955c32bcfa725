import type { Executor } from '../../db/database.ts';

/** Whether a country with this ISO 3166-1 alpha-3 code is on the platform. */
export async function countryExists(db: Executor, iso3: string): Promise<boolean> {
  const row = await db.selectFrom('countries').select('iso3').where('iso3', '=', iso3).executeTakeFirst();
  return row !== undefined;
}
