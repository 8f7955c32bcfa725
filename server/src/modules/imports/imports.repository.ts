import type { Answers, Region } from '@gci/shared';
import type { Executor } from '../../db/database.ts';

/** Every country the platform knows, with its region. */
export async function listCountryRegions(db: Executor): Promise<Map<string, Region>> {
  return new Map((await db.selectFrom('countries').select(['iso3', 'region']).execute()).map((c) => [c.iso3, c.region as Region]));
}

export async function findCycleOfYear(db: Executor, year: number) {
  return db.selectFrom('cycles').select(['id', 'name']).where('year', '=', year).executeTakeFirst();
}

/**
 * An imported edition: a cycle in validation (publishing makes it published) whose window is long
 * over, its participants, and one final assessment per country holding the published scores as
 * answers at version 1, with the matching history entry.
 */
export async function insertImportedCycle(
  db: Executor,
  input: { year: number; name: string; methodologyVersionId: string; importedFrom: string; at: Date; countries: readonly { iso3: string; answers: Answers }[] },
): Promise<string> {
  const { year, at } = input;
  const { id: cycleId } = await db
    .insertInto('cycles')
    .values({
      year,
      name: input.name,
      methodologyVersionId: input.methodologyVersionId,
      // the edition's year, as the cycle's span; the figures themselves were validated elsewhere
      opensAt: new Date(Date.UTC(year, 0, 1)),
      closesAt: new Date(Date.UTC(year, 11, 31)),
      validationClosesAt: new Date(Date.UTC(year, 11, 31, 23, 59, 59)),
      status: 'validation',
      isDemo: false,
      importedFrom: input.importedFrom,
      openedAt: at,
      closedAt: at,
      validationStartedAt: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('cycleParticipants')
    .values(input.countries.map((c) => ({ cycleId, countryIso3: c.iso3 })))
    .execute();
  const assessments = await db
    .insertInto('assessments')
    .values(input.countries.map((c) => ({ cycleId, countryIso3: c.iso3, status: 'final' as const })))
    .returning(['id', 'countryIso3'])
    .execute();
  const answersOf = new Map(input.countries.map((c) => [c.iso3, c.answers]));
  const rows = assessments.flatMap((a) =>
    Object.entries(answersOf.get(a.countryIso3) ?? {}).map(([questionKey, value]) => ({
      assessmentId: a.id,
      questionKey,
      value: JSON.stringify(value),
      updatedAt: at,
    })),
  );
  const inserted = await db.insertInto('answers').values(rows).returning(['id', 'assessmentId', 'questionKey', 'value']).execute();
  await db
    .insertInto('answerHistory')
    .values(
      inserted.map((a) => ({
        answerId: a.id,
        assessmentId: a.assessmentId,
        questionKey: a.questionKey,
        version: 1,
        after: JSON.stringify(a.value),
        changedAt: at,
      })),
    )
    .execute();
  return cycleId;
}
