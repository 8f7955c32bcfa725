import { sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { PracticeType } from '@gci/shared';
import type { Db, Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { sharedEvidence } from '../evidence/evidence.repository.ts';

type Trx = Transaction<Database>;

/** An evidence item with what sharing decisions need: its assessment, question and the cycle's methodology. */
export async function findEvidenceForSharing(db: Executor, evidenceId: string, options: { forUpdate?: boolean } = {}) {
  let query = db
    .selectFrom('evidence as e')
    .innerJoin('answers as a', 'a.id', 'e.answerId')
    .innerJoin('assessments as s', 's.id', 'a.assessmentId')
    .innerJoin('cycles as c', 'c.id', 's.cycleId')
    .where('e.id', '=', evidenceId)
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.shareConsent',
      'e.shareFile',
      'e.practiceType',
      'e.practiceLanguage',
      'e.practiceDate',
      'e.shareConfirmedAt',
      'e.countryIso3',
      'a.assessmentId',
      'a.questionKey',
      'c.methodologyVersionId',
    ]);
  if (options.forUpdate) query = query.forUpdate('e');
  return query.executeTakeFirst();
}

export interface SharingChoice {
  shareConsent: boolean;
  shareFile: boolean;
  practiceType: PracticeType | null;
  practiceLanguage: string | null;
  practiceDate: string | null;
}

const SHARING_COLUMNS = ['shareConsent', 'shareFile', 'practiceType', 'practiceLanguage', 'practiceDate', 'shareConfirmedAt'] as const;

/** Moves on the number every process's public caches follow (profiles list shared links); in the change's transaction. */
async function bumpSharingVersion(trx: Trx): Promise<void> {
  await trx
    .updateTable('sharingVersion')
    .set({ version: sql<string>`version + 1` })
    .where('id', '=', 1)
    .execute();
}

/** The focal point's choice; it always clears a confirmation (the reviewer confirms what was last chosen). */
export async function updateSharing(trx: Trx, evidenceId: string, choice: SharingChoice) {
  await bumpSharingVersion(trx);
  return trx
    .updateTable('evidence')
    .set({ ...choice, shareConfirmedAt: null, shareConfirmedBy: null, pillarKey: null, indicatorKey: null })
    .where('id', '=', evidenceId)
    .returning(SHARING_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function updateConfirmation(
  trx: Trx,
  evidenceId: string,
  confirmation: { at: Date; by: string; pillarKey: string | null; indicatorKey: string | null } | null,
) {
  await bumpSharingVersion(trx);
  return trx
    .updateTable('evidence')
    .set(
      confirmation
        ? { shareConfirmedAt: confirmation.at, shareConfirmedBy: confirmation.by, pillarKey: confirmation.pillarKey, indicatorKey: confirmation.indicatorKey }
        : { shareConfirmedAt: null, shareConfirmedBy: null, pillarKey: null, indicatorKey: null },
    )
    .where('id', '=', evidenceId)
    .returning(SHARING_COLUMNS)
    .executeTakeFirstOrThrow();
}

export interface PublishedFilter {
  words?: string;
  pillar?: string;
  indicator?: string;
  region?: string;
  country?: string;
  excludeCountry?: string;
  countriesNotIn?: readonly string[];
  type?: PracticeType;
  language?: string;
  year?: number;
}

/** The languages whose titles are searched with stemming (see practice_search_config); others match words plainly. */
const STEMMED = ['en', 'fr', 'es', 'ru'];

/**
 * Every condition an item must meet to be public, in one place: the focal point's consent, a
 * reviewer's confirmation, and a published cycle. Whatever else a query asks comes on top.
 */
function publishedItems(db: Db) {
  return db
    .selectFrom('evidence as e')
    .innerJoin('answers as a', 'a.id', 'e.answerId')
    .innerJoin('assessments as s', 's.id', 'a.assessmentId')
    .innerJoin('cycles as c', 'c.id', 's.cycleId')
    .innerJoin('countries as co', 'co.iso3', 'e.countryIso3')
    .where(sharedEvidence())
    .where((eb) => eb.exists(eb.selectFrom('publications as p').select('p.id').whereRef('p.cycleId', '=', 'c.id')));
}

/** What a library item shows (toPracticeItem), read by the search and by the examples alike. */
const ITEM_COLUMNS = [
  'e.id',
  'e.kind',
  'e.title',
  'e.url',
  'e.shareFile',
  'e.fileName',
  'e.practiceType',
  'e.practiceLanguage',
  'e.practiceDate',
  'e.countryIso3',
  'co.names as countryNames',
  'co.region',
  'c.year',
  'e.pillarKey',
  'e.indicatorKey',
] as const;

/** Published items matching the filter, with the total, by relevance (words) or date. */
export async function searchPublished(db: Db, filter: PublishedFilter, page: { order: 'relevance' | 'date'; limit: number; offset: number }) {
  const words = filter.words?.trim() || undefined;
  const vector = sql`to_tsvector(practice_search_config(e.practice_language), e.title)`;
  const query = sql`websearch_to_tsquery(practice_search_config(e.practice_language), ${words ?? ''})`;
  const rank = words ? sql<number>`ts_rank(${vector}, ${query})` : sql<number>`0`;
  let q = publishedItems(db);
  if (words) {
    q = q.where(
      sql<SqlBool>`(${vector} @@ ${query} or (e.practice_language not in (${sql.join(STEMMED)}) and strpos(lower(e.title), lower(${words})) > 0))` as Expression<SqlBool>,
    );
  }
  if (filter.pillar) q = q.where('e.pillarKey', '=', filter.pillar);
  if (filter.indicator) q = q.where('e.indicatorKey', '=', filter.indicator);
  if (filter.region) q = q.where('co.region', '=', filter.region);
  if (filter.country) q = q.where('e.countryIso3', '=', filter.country);
  if (filter.excludeCountry) q = q.where('e.countryIso3', '<>', filter.excludeCountry);
  if (filter.countriesNotIn?.length) q = q.where('e.countryIso3', 'not in', filter.countriesNotIn);
  if (filter.type) q = q.where('e.practiceType', '=', filter.type);
  if (filter.language) q = q.where('e.practiceLanguage', '=', filter.language);
  if (filter.year !== undefined) q = q.where('c.year', '=', filter.year);
  let ordered = q.select([...ITEM_COLUMNS, rank.as('rank'), sql<number>`count(*) over ()`.as('total')]);
  if (page.order === 'relevance' && words) ordered = ordered.orderBy('rank', 'desc');
  ordered = ordered
    .orderBy(sql`e.practice_date desc nulls last`)
    .orderBy('c.year', 'desc')
    .orderBy('e.title')
    .orderBy('e.id');
  return ordered.limit(page.limit).offset(page.offset).execute();
}
export type PublishedRow = Awaited<ReturnType<typeof searchPublished>>[number];

/**
 * Examples for several indicators in one query: for each, the newest published items of the region's
 * other countries that meet it (not in its `countriesNotIn`), at most `perIndicator` each, ordered as
 * searchPublished orders by date.
 */
export async function searchExamples(
  db: Db,
  filter: { region: string; excludeCountry: string; year: number; indicators: readonly { indicator: string; countriesNotIn: readonly string[] }[] },
  perIndicator: number,
): Promise<PublishedRow[]> {
  if (filter.indicators.length === 0) return [];
  // { indicator: [countries of the region that do not meet it] }, one parameter
  const missing = JSON.stringify(Object.fromEntries(filter.indicators.map((w) => [w.indicator, w.countriesNotIn])));
  const ranked = publishedItems(db)
    .where(
      'e.indicatorKey',
      'in',
      filter.indicators.map((w) => w.indicator),
    )
    .where('co.region', '=', filter.region)
    .where('e.countryIso3', '<>', filter.excludeCountry)
    .where('c.year', '=', filter.year)
    .where(sql<SqlBool>`not coalesce((${missing}::jsonb -> e.indicator_key) ? e.country_iso3, false)`)
    .select([
      ...ITEM_COLUMNS,
      sql<number>`0`.as('rank'),
      sql<number>`0`.as('total'),
      sql<number>`row_number() over (partition by e.indicator_key order by e.practice_date desc nulls last, c.year desc, e.title, e.id)`.as('place'),
    ]);
  const rows = await db.selectFrom(ranked.as('r')).selectAll('r').where('r.place', '<=', perIndicator).orderBy('r.indicatorKey').orderBy('r.place').execute();
  return rows.map(({ place: _place, ...row }) => row);
}

/** A published item's document, when its file may be published too. */
export async function findPublishedFile(db: Db, evidenceId: string) {
  return publishedItems(db)
    .where('e.id', '=', evidenceId)
    .where('e.kind', '=', 'file')
    .where('e.shareFile', '=', true)
    .select(['e.fileName', 'e.mediaType', 'e.sha256'])
    .executeTakeFirst();
}

export async function findCountryRegion(db: Db, iso3: string): Promise<string | undefined> {
  return (await db.selectFrom('countries').where('iso3', '=', iso3).select('region').executeTakeFirst())?.region;
}
