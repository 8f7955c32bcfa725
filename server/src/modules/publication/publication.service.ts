import { buildPublicationContent, type CountryAnswers } from '@gci/shared/publication/build-snapshot';
import type { Answers, Region } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { loadMethodology } from '../methodology/methodology.repository.ts';

async function loadCountryAnswers(db: Db, cycleId: string): Promise<CountryAnswers[]> {
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('countries as c', 'c.iso3', 'a.countryIso3')
    .leftJoin('answers as ans', 'ans.assessmentId', 'a.id')
    .where('a.cycleId', '=', cycleId)
    .select(['a.countryIso3 as iso3', 'c.region', 'ans.questionKey', 'ans.value'])
    .execute();
  const byCountry = new Map<string, CountryAnswers>();
  for (const row of rows) {
    let entry = byCountry.get(row.iso3);
    if (!entry) {
      entry = { iso3: row.iso3, region: row.region as Region, answers: {} as Answers };
      byCountry.set(row.iso3, entry);
    }
    if (row.questionKey) entry.answers[row.questionKey] = row.value as Answers[string];
  }
  return [...byCountry.values()];
}

/**
 * Recomputes every country's result of a cycle with the shared engine (never trusting numbers
 * from a browser) and stores an immutable snapshot. A second publication supersedes the first;
 * both stay readable.
 */
export async function publishCycle(
  db: Db,
  input: { cycleId: string; publishedBy: string | null; note?: string; publishedAt?: Date },
): Promise<{ publicationId: string; contentHash: string }> {
  const cycle = await db.selectFrom('cycles').selectAll().where('id', '=', input.cycleId).executeTakeFirst();
  if (!cycle) throw notFound('Cycle');
  const version = await db.selectFrom('methodologyVersions').selectAll().where('id', '=', cycle.methodologyVersionId).executeTakeFirstOrThrow();
  if (version.status !== 'published' || !version.contentHash) {
    throw new AppError(409, 'conflict', `Methodology ${version.key} must be published before results computed with it can be`);
  }
  const methodology = (await loadMethodology(db, version.id))!;
  const content = buildPublicationContent({
    cycle: { id: cycle.id, year: cycle.year, name: cycle.name, isDemo: cycle.isDemo },
    methodology,
    methodologyHash: version.contentHash,
    countries: await loadCountryAnswers(db, cycle.id),
  });
  const hash = contentHash(content);
  const previous = await db
    .selectFrom('publications as p')
    .where('p.cycleId', '=', cycle.id)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('publications as n').select('n.id').whereRef('n.supersedesId', '=', 'p.id'))))
    .select('p.id')
    .executeTakeFirst();
  const { id } = await db
    .insertInto('publications')
    .values({
      cycleId: cycle.id,
      methodologyVersionId: version.id,
      methodologyHash: version.contentHash,
      content: JSON.stringify(content),
      contentHash: hash,
      supersedesId: previous?.id ?? null,
      note: input.note ?? null,
      publishedBy: input.publishedBy,
      ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('cycles').set({ status: 'published' }).where('id', '=', cycle.id).execute();
  return { publicationId: id, contentHash: hash };
}
