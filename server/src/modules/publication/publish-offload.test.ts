import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPublicationContent,
  CountryProfileSchema,
  gapAnalysis,
  tierStability,
  type Answers,
  type AssessmentScore,
  type Methodology,
  type StabilitySummary,
  type PublicationContent,
  type Region,
  stabilitySettingsOf,
} from '@gci/shared';
import { createCycle } from '../../../test/factories.ts';
import { runGci } from '../../cli/gci.ts';
import { createWorkbenchWorld, type WorkbenchWorld } from '../../../test/workbench-world.ts';
import { contentHash } from '../../lib/hash.ts';
import { GAP_THRESHOLD, summariseStability } from '../public/cycle-analysis.ts';
import { etagOf } from '../public/http-cache.ts';
import { insertPublicationParts } from '../public/public.repository.ts';
import { scoringKeys } from '../public/published-answers.ts';

const REGIONS: Record<string, Region> = { BRA: 'americas', FRA: 'europe', KEN: 'africa' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('publishing off the request path', { timeout: 120_000 }, () => {
  let w: WorkbenchWorld;
  beforeAll(async () => {
    w = await createWorkbenchWorld();
  });
  afterAll(() => w?.close());

  const resultsRoute = () => `/api/public/cycles/${w.cycle.year}/results`;
  const read = async (route = resultsRoute()) => {
    const res = await w.call(null, 'GET', route);
    return { status: res.statusCode, etag: String(res.headers.etag), body: res.body };
  };
  /** Reads until the route's ETag differs from `from` (the current-publications list is re-read every 2 s). */
  const readNew = async (from: string | undefined, route = resultsRoute()) => {
    for (let i = 0; i < 80; i++) {
      const r = await read(route);
      if (r.status === 200 && r.etag !== from) return r;
      await sleep(50);
    }
    throw new Error(`${route} kept ${from}`);
  };
  /** The cycle's answers by country, as stored, only those that take part in scoring. */
  const storedAnswers = async (cycleId: string): Promise<Record<string, Answers>> => {
    const rows = await w.handle.db
      .selectFrom('answers as a')
      .innerJoin('assessments as s', 's.id', 'a.assessmentId')
      .select(['s.countryIso3', 'a.questionKey', 'a.value'])
      .where('s.cycleId', '=', cycleId)
      .execute();
    const keys = scoringKeys(w.published.methodology);
    const out: Record<string, Answers> = {};
    for (const r of rows) if (keys.has(r.questionKey) && r.value !== null) (out[r.countryIso3] ??= {})[r.questionKey] = r.value as never;
    return out;
  };

  it('serves the previous publication, byte for byte, while a new one is built, then the new one whole', async () => {
    const first = await w.call(w.analyst, 'POST', `/api/cycles/${w.cycle.id}/publish`, { note: 'first' });
    expect(first.statusCode, first.body).toBe(201);
    const before = await readNew(undefined);
    expect(before.etag).toBe(etagOf([first.json().contentHash], resultsRoute()));

    // a correction after the first publication, so the second one differs
    const answer = await w.handle.db
      .selectFrom('answers')
      .select(['id', 'questionKey'])
      .where('assessmentId', '=', w.cycle.assessments.KEN!)
      .orderBy('questionKey')
      .executeTakeFirstOrThrow();
    await w.handle.db.deleteFrom('answers').where('id', '=', answer.id).execute();

    let done = false;
    const publishing = w.call(w.analyst, 'POST', `/api/cycles/${w.cycle.id}/publish`, { note: 'second' }).finally(() => (done = true));
    const during: Awaited<ReturnType<typeof read>>[] = [];
    while (!done) {
      during.push(await read());
      await sleep(3);
    }
    const second = await publishing;
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().contentHash).not.toBe(first.json().contentHash);
    expect(during.length).toBeGreaterThan(0);
    const after = await readNew(before.etag);
    expect(after.etag).toBe(etagOf([second.json().contentHash], resultsRoute()));
    // every read is the previous publication, byte for byte, until the new one has committed (which
    // may be a moment before its response arrives), then the new one whole: never anything between
    const seen = during.map((r) => {
      expect(r.status).toBe(200);
      if (r.etag === before.etag) {
        expect(r.body).toBe(before.body);
        return 'previous';
      }
      expect([r.etag, r.body]).toEqual([after.etag, after.body]);
      return 'new';
    });
    const firstNew = seen.indexOf('new');
    if (firstNew >= 0) expect(seen.slice(firstNew)).not.toContain('previous');
    const stored = await w.handle.db.selectFrom('publications').select('content').where('id', '=', second.json().publicationId).executeTakeFirstOrThrow();
    const published = stored.content as PublicationContent;
    const served = JSON.parse(after.body) as { countries: { iso3: string; overall: number; tier: number }[] };
    expect(served.countries.map((c) => [c.iso3, c.overall, c.tier])).toEqual(published.countries.map((c) => [c.iso3, c.overall, c.tier]));
  });

  it('stores the tier stability with the publication, equal to the one computed directly, and serves it', async () => {
    const current = await w.handle.db
      .selectFrom('publications')
      .select(['id', 'content', 'tracesApart'])
      .where('cycleId', '=', w.cycle.id)
      .orderBy('publishedAt', 'desc')
      .executeTakeFirstOrThrow();
    const stored = await w.handle.db
      .selectFrom('publicationStability')
      .select(['options', 'result'])
      .where('publicationId', '=', current.id)
      .executeTakeFirstOrThrow();
    const direct = tierStability(w.published.methodology, await storedAnswers(w.cycle.id), stabilitySettingsOf(w.published.methodology));
    expect(stored.options).toEqual(stabilitySettingsOf(w.published.methodology));
    expect(stored.result).toEqual(JSON.parse(JSON.stringify(direct)));
    const served = await read(`/api/public/cycles/${w.cycle.year}/stability`);
    expect(JSON.parse(served.body)).toEqual(JSON.parse(JSON.stringify(summariseStability(direct))));
  });

  it(
    'gives the same tier stability from the CLI, over one or three worker threads, as the server serves, and follows the bundle’s settings',
    { timeout: 180_000 },
    async () => {
      const bundle = JSON.parse((await read(`/api/public/cycles/${w.cycle.year}/downloads/bundle.json`)).body) as { methodology: Methodology };
      const served = JSON.parse((await read(`/api/public/cycles/${w.cycle.year}/stability`)).body) as StabilitySummary;
      const dir = await mkdtemp(path.join(os.tmpdir(), 'gci-stability-'));
      const cli = async (value: unknown, ...args: string[]) => {
        const file = path.join(dir, `bundle-${args.join('-')}.json`);
        await writeFile(file, JSON.stringify(value));
        let out = '';
        expect(await runGci(['stability', file, ...args], { out: (t) => (out += t), err: () => {} })).toBe(0);
        return JSON.parse(out) as StabilitySummary;
      };
      expect(served.vary).toBe('pillars');
      expect(served.distribution).toEqual({ kind: 'normal', sd: 0.13 });
      expect(await cli(bundle, '--threads', '1')).toEqual(served);
      expect(await cli(bundle, '--threads', '3')).toEqual(served);
      const own = { vary: 'all', distribution: { kind: 'uniform', spread: 0.3 }, draws: 700, seed: 5 } as const;
      const custom = await cli({ ...bundle, methodology: { ...bundle.methodology, stability: own } }, '--threads', '2');
      const direct = tierStability({ ...w.published.methodology, stability: own }, await storedAnswers(w.cycle.id), own);
      expect(custom).toEqual(JSON.parse(JSON.stringify(summariseStability(direct))));
      expect([custom.vary, custom.distribution, custom.draws, custom.seed]).toEqual(['all', own.distribution, 700, 5]);
    },
  );

  it('stores the content without traces and reads each country’s trace on its own for its profile', async () => {
    const current = await w.handle.db
      .selectFrom('publications')
      .select(['id', 'content', 'tracesApart'])
      .where('cycleId', '=', w.cycle.id)
      .orderBy('publishedAt', 'desc')
      .executeTakeFirstOrThrow();
    expect(current.tracesApart).toBe(true);
    const content = current.content as PublicationContent;
    expect(content.countries.map((c) => c.score)).toEqual([undefined, undefined, undefined]);
    const trace = await w.handle.db
      .selectFrom('publicationTraces')
      .select('score')
      .where('publicationId', '=', current.id)
      .where('iso3', '=', 'FRA')
      .executeTakeFirstOrThrow();
    const score = trace.score as AssessmentScore;
    const res = await w.call(null, 'GET', `/api/public/cycles/${w.cycle.year}/countries/FRA`);
    expect(res.statusCode).toBe(200);
    const profile = CountryProfileSchema.parse(res.json());
    expect(profile.trace.length).toBeGreaterThan(0);
    for (const row of profile.trace) expect(row.normalized).toBe(score.nodes[row.key]?.normalized ?? null);
    expect(profile.stability?.draws).toBe(stabilitySettingsOf(w.published.methodology).draws);
  });

  it('lets requests in between the statements that store a publication’s traces (the embedded database holds the thread while it works)', async () => {
    const published = await w.call(w.analyst, 'POST', `/api/cycles/${w.cycle.id}/publish`, { note: 'traces' });
    expect(published.statusCode, published.body).toBe(201);
    const id = published.json<{ publicationId: string }>().publicationId;
    // 40 made-up countries' traces, written a few per statement: by the first call; the second finds them there
    const traces = Array.from({ length: 40 }, (_, i) => ({ iso3: `Q${String(i).padStart(2, '0')}`, score: '{}' }));
    const parts = { summary: '{}', gaps: '{}', peers: '{}', traces };
    await w.handle.db.transaction().execute((trx) => insertPublicationParts(trx, id, parts));
    // turns of the event loop while the same statements run again: a chain of awaited statements
    // that never yields would allow none on the embedded database
    let turns = 0;
    let finished = false;
    const turn = (): void => {
      if (finished) return;
      turns++;
      setImmediate(turn);
    };
    setImmediate(turn);
    await w.handle.db.transaction().execute((trx) => insertPublicationParts(trx, id, parts));
    finished = true;
    expect(turns).toBeGreaterThanOrEqual(40 / 4);
  });

  it('derives and stores the parts and the stability of a publication made before they were stored, equal to what they were', async () => {
    const year = w.cycle.year + 1;
    const old = await createCycle(w.handle.db, { methodologyVersionId: w.published.id, countries: ['BRA', 'FRA', 'KEN'], status: 'closed', year });
    const answers = await storedAnswers(w.cycle.id);
    for (const [iso3, values] of Object.entries(answers)) {
      const rows = Object.entries(values).map(([questionKey, value]) => ({ assessmentId: old.assessments[iso3]!, questionKey, value: JSON.stringify(value) }));
      await w.handle.db.insertInto('answers').values(rows).execute();
    }
    await w.handle.db.updateTable('cycles').set({ status: 'published' }).where('id', '=', old.id).execute();
    // as publishCycle stored it before: the whole content, traces inline, nothing beside it
    const content = buildPublicationContent({
      cycle: { id: old.id, year, name: `Cycle ${year}`, isDemo: false },
      methodology: w.published.methodology,
      methodologyHash: 'h',
      countries: ['BRA', 'FRA', 'KEN'].map((iso3) => ({ iso3, region: REGIONS[iso3]!, answers: answers[iso3] ?? {} })),
    });
    const { id } = await w.handle.db
      .insertInto('publications')
      .values({
        cycleId: old.id,
        methodologyVersionId: w.published.id,
        methodologyHash: 'h',
        content: JSON.stringify(content),
        contentHash: contentHash(content),
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const gaps = await readNew(undefined, `/api/public/cycles/${year}/gaps`);
    const scores = Object.fromEntries(content.countries.map((c) => [c.iso3, c.score as AssessmentScore]));
    const direct = gapAnalysis(w.published.methodology, scores, REGIONS, { threshold: GAP_THRESHOLD });
    expect((JSON.parse(gaps.body) as { indicators: { key: string; share: number | null }[] }).indicators.map((i) => [i.key, i.share])).toEqual(
      direct.map((g) => [g.key, g.share]),
    );
    const stability = await read(`/api/public/cycles/${year}/stability`);
    const expected = tierStability(w.published.methodology, answers, stabilitySettingsOf(w.published.methodology));
    expect(JSON.parse(stability.body)).toEqual(JSON.parse(JSON.stringify(summariseStability(expected))));

    const parts = await w.handle.db.selectFrom('publicationParts').select('summary').where('publicationId', '=', id).executeTakeFirstOrThrow();
    expect((parts.summary as PublicationContent).countries.map((c) => c.iso3)).toEqual(['BRA', 'FRA', 'KEN']);
    const traces = await w.handle.db.selectFrom('publicationTraces').select(['iso3', 'score']).where('publicationId', '=', id).orderBy('iso3').execute();
    expect(traces.map((t) => t.score)).toEqual(JSON.parse(JSON.stringify(content.countries.map((c) => c.score))));
    const storedStability = await w.handle.db.selectFrom('publicationStability').select('result').where('publicationId', '=', id).executeTakeFirstOrThrow();
    expect(storedStability.result).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
