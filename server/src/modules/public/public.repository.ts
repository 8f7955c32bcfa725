import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { letRequestsIn } from '../../db/let-requests-in.ts';
import type { PublicationPartsText } from './snapshot-jobs.ts';
import { sharedEvidence } from '../evidence/evidence.repository.ts';

/** The current publication of each published cycle: the newest one, which supersedes any older. */
export function currentPublications(db: Db) {
  return db
    .selectFrom('publications as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycleId')
    .innerJoin('methodologyVersions as m', 'm.id', 'p.methodologyVersionId')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('publications as newer').select('newer.id').whereRef('newer.supersedesId', '=', 'p.id'))))
    .select([
      'p.id as publicationId',
      'p.publishedAt',
      'p.contentHash',
      'p.methodologyHash',
      'c.id as cycleId',
      'c.year',
      'c.name',
      'c.isDemo',
      'c.importedFrom',
      'm.key as methodologyKey',
    ]);
}
export type PublicationRow = Awaited<ReturnType<typeof listCurrentPublications>>[number];

export async function listCurrentPublications(db: Db) {
  return currentPublications(db).orderBy('c.year', 'desc').execute();
}

/** How many times what evidence may be public has changed (0 before the counter existed). */
export async function findSharingVersion(db: Db): Promise<string> {
  const row = await db.selectFrom('sharingVersion').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}

/** A publication's content as JSON text (parsed by whoever needs it, off the event loop for a large one). */
export async function findPublicationContentText(db: Db, publicationId: string): Promise<string | undefined> {
  const { rows } = await sql<{ content: string }>`select content::text as content from publications where id = ${publicationId}`.execute(db);
  return rows[0]?.content;
}

/** What public pages read of a publication apart from the traces; undefined for a publication made before they were stored. */
export async function findPublicationParts(db: Db, publicationId: string) {
  return db.selectFrom('publicationParts').where('publicationId', '=', publicationId).select(['summary', 'gaps', 'peers']).executeTakeFirst();
}

/** One country's full result with its trace. */
export async function findPublicationTrace(db: Db, publicationId: string, iso3: string): Promise<unknown> {
  const row = await db.selectFrom('publicationTraces').where('publicationId', '=', publicationId).where('iso3', '=', iso3).select('score').executeTakeFirst();
  return row?.score;
}

/** The stored tier stability of a publication, if computed yet. */
export async function findPublicationStability(db: Db, publicationId: string) {
  return db.selectFrom('publicationStability').where('publicationId', '=', publicationId).select(['options', 'result']).executeTakeFirst();
}

/**
 * Countries' traces per statement, with a turn of the event loop between statements: the embedded
 * database works in the same thread, and one large statement (or a chain of them) would hold requests back.
 */
const TRACES_PER_STATEMENT = 4;

/**
 * Stores what public pages read of a publication (see the migration publication_parts): each
 * country's trace, the tier stability when given, and the parts last (their presence says the rest
 * is there). Written at publication, or on first read for a publication made before they were
 * stored; a second writer's rows are ignored (they are the same: derived from the same publication).
 */
export async function insertPublicationParts(
  db: Executor,
  publicationId: string,
  parts: PublicationPartsText,
  stability?: { options: unknown; result: string },
): Promise<void> {
  for (let i = 0; i < parts.traces.length; i += TRACES_PER_STATEMENT) {
    const rows = parts.traces.slice(i, i + TRACES_PER_STATEMENT).map((t) => ({ publicationId, iso3: t.iso3, score: t.score }));
    await db
      .insertInto('publicationTraces')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await letRequestsIn();
  }
  if (stability) await insertPublicationStability(db, publicationId, stability);
  await letRequestsIn();
  await db
    .insertInto('publicationParts')
    .values({ publicationId, summary: parts.summary, gaps: parts.gaps, peers: parts.peers })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function insertPublicationStability(db: Executor, publicationId: string, stability: { options: unknown; result: string }): Promise<void> {
  await db
    .insertInto('publicationStability')
    .values({ publicationId, options: JSON.stringify(stability.options), result: stability.result })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listCountries(db: Db) {
  return db.selectFrom('countries').selectAll().orderBy('iso3').execute();
}

/** The answers stored now for a cycle's assessments (only ever called for a published cycle). */
export async function listCycleAnswers(db: Db, cycleId: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.cycleId', '=', cycleId)
    .select(['a.countryIso3 as iso3', 'ans.questionKey', 'ans.value'])
    .execute();
}

/** Every recorded version of the answers of some countries in a cycle up to an instant, by version (the last one wins). */
export async function listAnswerHistoryUntil(db: Db, cycleId: string, countries: readonly string[], asOf: Date) {
  if (countries.length === 0) return [];
  return db
    .selectFrom('answerHistory as h')
    .innerJoin('assessments as a', 'a.id', 'h.assessmentId')
    .where('a.cycleId', '=', cycleId)
    .where('a.countryIso3', 'in', countries)
    .where('h.changedAt', '<=', asOf)
    .select(['a.countryIso3 as iso3', 'h.questionKey', 'h.after', 'h.version', 'h.changedAt'])
    .orderBy('h.version')
    .orderBy('h.id')
    .execute();
}

/**
 * Link evidence (never files) of one country's answers in a cycle, as it stood when the cycle was
 * published: links added later were not part of what was published. Only links the focal point
 * consented to share and a reviewer confirmed (the practice library's rule); withdrawing consent
 * later takes a link off, a confirmation after publication puts an older link on.
 */
export async function listEvidenceLinks(db: Db, cycleId: string, iso3: string, asOf: Date) {
  return db
    .selectFrom('evidence as e')
    .innerJoin('answers as ans', 'ans.id', 'e.answerId')
    .innerJoin('assessments as a', 'a.id', 'ans.assessmentId')
    .where('a.cycleId', '=', cycleId)
    .where('a.countryIso3', '=', iso3)
    .where('e.kind', '=', 'link')
    .where('e.url', 'is not', null)
    .where('e.createdAt', '<=', asOf)
    .where(sharedEvidence())
    .select(['ans.questionKey', 'e.title', 'e.url'])
    .orderBy('ans.questionKey')
    .orderBy('e.title')
    .orderBy('e.id')
    .execute();
}

/** The country codes a publication lists, read in SQL so that the content itself is not loaded. */
export async function listPublishedCountryCodes(db: Db, publicationId: string): Promise<string[]> {
  const { rows } = await sql<{ iso3: string }>`
    select c.value->>'iso3' as iso3 from publications p, jsonb_array_elements(p.content->'countries') c
    where p.id = ${publicationId} order by 1`.execute(db);
  return rows.map((r) => r.iso3);
}
