import type { Db } from '../../db/database.ts';

/** The current publication of each published cycle: the newest one, which supersedes any older. */
export function currentPublications(db: Db) {
  return db
    .selectFrom('publications as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycleId')
    .innerJoin('methodologyVersions as m', 'm.id', 'p.methodologyVersionId')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('publications as newer').select('newer.id').whereRef('newer.supersedesId', '=', 'p.id'))),
    )
    .select(['p.id as publicationId', 'p.publishedAt', 'c.id as cycleId', 'c.year', 'c.name', 'c.isDemo', 'm.key as methodologyKey']);
}

export async function listCurrentPublications(db: Db) {
  return currentPublications(db).orderBy('c.year', 'desc').execute();
}

export async function findCurrentPublicationByYear(db: Db, year: number) {
  return currentPublications(db).where('c.year', '=', year).executeTakeFirst();
}

export async function findPublicationContent(db: Db, publicationId: string) {
  return db.selectFrom('publications').where('id', '=', publicationId).select(['content', 'contentHash']).executeTakeFirst();
}

export async function listCountries(db: Db) {
  return db.selectFrom('countries').selectAll().orderBy('iso3').execute();
}
