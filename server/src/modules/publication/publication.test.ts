import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildPublicationContent, type PublicationContent, type Region } from '@gci/shared';
import { contentHash } from '../../lib/hash.ts';
import { createCycle } from '../../../test/factories.ts';
import { createWorkbenchWorld, type WorkbenchWorld } from '../../../test/workbench-world.ts';

describe('publishing a cycle', () => {
  let world: WorkbenchWorld;
  let handle: WorkbenchWorld['handle'];
  let analyst: WorkbenchWorld['analyst'];
  let published: WorkbenchWorld['published'];
  let cycle: WorkbenchWorld['cycle'];
  const call: WorkbenchWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await createWorkbenchWorld();
    ({ handle, analyst, published, cycle } = world);
  });
  afterAll(() => world?.close());

  it('publishes on the server: twice the same content, equal to the engine on the stored answers', async () => {
    const first = await call(analyst, 'POST', `/api/cycles/${cycle.id}/publish`, { note: 'first' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await call(analyst, 'POST', `/api/cycles/${cycle.id}/publish`, { note: 'again' });
    expect(second.json().contentHash).toBe(first.json().contentHash);
    const rows = await handle.db
      .selectFrom('publications')
      .select(['id', 'content', 'supersedesId'])
      .where('cycleId', '=', cycle.id)
      .orderBy('publishedAt')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.supersedesId).toBe(rows[0]!.id);
    const answers = await handle.db
      .selectFrom('answers as a')
      .innerJoin('assessments as s', 's.id', 'a.assessmentId')
      .select(['s.countryIso3', 'a.questionKey', 'a.value'])
      .where('s.cycleId', '=', cycle.id)
      .execute();
    const countries = (['BRA', 'FRA', 'KEN'] as const).map((iso3) => ({
      iso3,
      region: ({ BRA: 'americas', FRA: 'europe', KEN: 'africa' } as Record<string, Region>)[iso3]!,
      answers: Object.fromEntries(answers.filter((a) => a.countryIso3 === iso3).map((a) => [a.questionKey, a.value as never])),
    }));
    const expected = buildPublicationContent({
      cycle: { id: cycle.id, year: cycle.year, name: `Cycle ${cycle.year}`, isDemo: false },
      methodology: published.methodology,
      methodologyHash: (rows[0]!.content as { methodologyHash: string }).methodologyHash,
      countries,
    });
    // the content is stored without its traces, each country's beside it; the hash is the whole content's
    const traces = await handle.db.selectFrom('publicationTraces').select(['iso3', 'score']).where('publicationId', '=', rows[1]!.id).execute();
    const stored = rows[1]!.content as PublicationContent;
    const whole = { ...stored, countries: stored.countries.map((c) => ({ ...c, score: traces.find((t) => t.iso3 === c.iso3)!.score })) };
    expect(JSON.parse(JSON.stringify(whole))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(second.json().contentHash).toBe(contentHash(expected));
    await expect(sql`update publications set note = 'x'`.execute(handle.db)).rejects.toThrow(/immutable/);
  });

  it.each(['draft', 'open', 'closed'] as const)('refuses to publish a %s cycle, naming its state', async (status) => {
    const early = await createCycle(handle.db, { methodologyVersionId: published.id, countries: ['KEN'], status });
    const res = await call(analyst, 'POST', `/api/cycles/${early.id}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'illegal_transition', details: { status } });
    expect(await handle.db.selectFrom('publications').select('id').where('cycleId', '=', early.id).execute()).toEqual([]);
  });
});
