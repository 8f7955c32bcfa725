import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { applyOverrides, buildPublicationContent, scoreAssessment, type Methodology, type Region } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session } from '../../../test/factories.ts';
import { ROUTE_ACCESS } from '../../http/access-policy.ts';
import type { DatabaseHandle } from '../../db/database.ts';

describe('the analyst workbench API', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let analyst: Session;
  let focal: Session;
  let published: { id: string; methodology: Methodology };
  let cycle: { id: string; year: number; assessments: Record<string, string> };

  const call = (s: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    for (const c of ['KEN', 'FRA', 'BRA'] as const) await createCountry(handle.db, c);
    published = await createPublishedMethodology(handle.db);
    cycle = await createCycle(handle.db, { methodologyVersionId: published.id, countries: ['KEN', 'FRA', 'BRA'], status: 'closed' });
    const answers: Record<string, Record<string, unknown>> = {
      KEN: { 'legal.law': true, 'legal.spam': 'in_place', 'technical.cirt': 'national', 'technical.staff': 50, 'technical.tools': ['a', 'b'] },
      FRA: { 'legal.law': true, 'legal.spam': 'partial', 'technical.cirt': 'none', 'technical.staff': 5 },
      BRA: { 'legal.law': false, 'legal.spam': 'absent' },
    };
    for (const [iso3, values] of Object.entries(answers)) {
      const rows = Object.entries(values).map(([questionKey, value]) => ({ assessmentId: cycle.assessments[iso3]!, questionKey, value: JSON.stringify(value) }));
      await handle.db.insertInto('answers').values(rows).execute();
    }
    analyst = await signIn(app, await createUser(handle.db, 'analyst'));
    focal = await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('refuses every change to a published version, and its hash never changes', async () => {
    const before = (await call(analyst, 'GET', `/api/methodologies/${published.id}`)).json();
    const changed = structuredClone(before.methodology);
    changed.pillars[0].weight = 3;
    const put = await call(analyst, 'PUT', `/api/methodologies/${published.id}`, { methodology: changed, baseRevision: before.version.revision });
    expect(put.statusCode).toBe(409);
    expect((await call(analyst, 'POST', `/api/methodologies/${published.id}/status`, { status: 'draft' })).statusCode).toBe(409);
    expect((await call(analyst, 'POST', `/api/methodologies/${published.id}/status`, { status: 'consultation' })).statusCode).toBe(409);
    // the database refuses too, whatever route or script tries
    await expect(sql`update methodology_nodes set weight = 9 where version_id = ${published.id}`.execute(handle.db)).rejects.toThrow(/frozen/);
    await expect(sql`delete from methodology_nodes where version_id = ${published.id}`.execute(handle.db)).rejects.toThrow(/frozen/);
    await expect(sql`update methodology_versions set thresholds = '[]' where id = ${published.id}`.execute(handle.db)).rejects.toThrow(/frozen/);
    const after = (await call(analyst, 'GET', `/api/methodologies/${published.id}`)).json();
    expect(after.version.contentHash).toBe(before.version.contentHash);
    expect(after.methodology).toEqual(before.methodology);
  });

  it('clones a draft, validates edits beside their path, diffs it and publishes it frozen', async () => {
    const created = await call(analyst, 'POST', '/api/methodologies', { fromVersionId: published.id, key: 'toy-next' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const draft = (await call(analyst, 'GET', `/api/methodologies/${id}`)).json();
    expect(draft.version).toMatchObject({ status: 'draft', contentHash: null, derivedFromId: published.id });
    const edited = structuredClone(draft.methodology);
    edited.pillars[1].weight = 2;
    edited.pillars[0].children[0].weight = -1;
    // a value the data model cannot hold is refused, naming its place in the tree
    const negative = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: draft.version.revision });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().field).toBe('pillars[0].children[0].weight');
    edited.pillars[0].children[0].weight = 1;
    // a draft with open issues is saved, and the issues come back beside their paths
    edited.thresholds[1].min = 99;
    const saved = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: draft.version.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    const issue = saved.json().issues[0];
    expect(issue.path).toMatch(/^thresholds\[/);
    const stale = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: draft.version.revision });
    expect(stale.statusCode).toBe(409);
    const refused = await call(analyst, 'POST', `/api/methodologies/${id}/status`, { status: 'published' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().field).toBe(issue.path);

    edited.thresholds[1].min = 85;
    const fixed = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: saved.json().version.revision });
    expect(fixed.json().issues).toEqual([]);
    const diff = (await call(analyst, 'GET', `/api/methodologies/${published.id}/diff/${id}`)).json();
    expect(diff.reweighted).toEqual([{ key: 'technical', kind: 'pillar', from: 1, to: 2 }]);
    const done = await call(analyst, 'POST', `/api/methodologies/${id}/status`, { status: 'published' });
    expect(done.statusCode).toBe(200);
    expect(done.json().contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('runs a consultation: focal points comment, analysts answer with a decision and a reason', async () => {
    const id = (await call(analyst, 'POST', '/api/methodologies', { fromVersionId: published.id, key: 'toy-consult' })).json().id;
    expect((await call(focal, 'GET', `/api/methodologies/${id}`)).statusCode).toBe(404); // drafts are not shown to countries
    expect((await call(analyst, 'POST', `/api/methodologies/${id}/status`, { status: 'consultation' })).statusCode).toBe(200);
    expect((await call(focal, 'GET', `/api/methodologies/${id}`)).statusCode).toBe(200);
    const comment = await call(focal, 'POST', `/api/methodologies/${id}/consultation`, { nodeKey: 'legal.spam', body: 'Weigh spam law higher.' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await call(focal, 'POST', `/api/methodologies/${id}/consultation`, { nodeKey: 'no.such.node', body: 'x' })).json().field).toBe('body.nodeKey');
    const noReason = await call(analyst, 'POST', `/api/consultation-comments/${comment.json().id}/response`, { status: 'not_taken_into_account', response: '' });
    expect(noReason.statusCode).toBe(400);
    expect((await call(analyst, 'POST', `/api/consultation-comments/${comment.json().id}/response`, { status: 'not_taken_into_account', response: 'Spam is already covered twice.' })).statusCode).toBe(204);
    const record = (await call(focal, 'GET', `/api/methodologies/${id}/consultation`)).json().comments;
    expect(record).toEqual([expect.objectContaining({ nodeKey: 'legal.spam', country: 'KEN', status: 'not_taken_into_account', response: 'Spam is already covered twice.' })]);
  });

  it('saves a scenario that reopens with the same tiers', async () => {
    const overrides = { weights: { legal: 3, 'technical.staff': 0 }, thresholds: { '3': 50 } };
    const saved = await call(analyst, 'POST', '/api/scenarios', { name: 'Legal heavy', note: 'What if law counted triple?', cycleYear: cycle.year, methodologyVersionId: published.id, overrides });
    expect(saved.statusCode, saved.body).toBe(201);
    const reopened = (await call(analyst, 'GET', `/api/scenarios/${saved.json().id}`)).json();
    expect(reopened).toMatchObject({ name: 'Legal heavy', cycleYear: cycle.year, overrides });
    const data = (await call(analyst, 'GET', `/api/workbench/cycles/${cycle.year}`)).json();
    const tiersOf = (o: typeof overrides) => {
      const m = applyOverrides(data.methodology, { weights: o.weights, thresholds: Object.fromEntries(Object.entries(o.thresholds).map(([k, v]) => [Number(k), v])) });
      return data.countries.map((c: { iso3: string; answers: Record<string, never> }) => [c.iso3, scoreAssessment(m, c.answers).tier]);
    };
    expect(tiersOf(reopened.overrides)).toEqual(tiersOf(overrides));
    expect((await call(analyst, 'POST', '/api/scenarios', { name: 'x', cycleYear: cycle.year, methodologyVersionId: published.id, overrides: { weights: { nope: 1 } } })).statusCode).toBe(404);
  });

  it('publishes on the server: twice the same content, equal to the engine on the stored answers', async () => {
    const first = await call(analyst, 'POST', `/api/cycles/${cycle.id}/publish`, { note: 'first' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await call(analyst, 'POST', `/api/cycles/${cycle.id}/publish`, { note: 'again' });
    expect(second.json().contentHash).toBe(first.json().contentHash);
    const rows = await handle.db.selectFrom('publications').select(['id', 'content', 'supersedesId']).where('cycleId', '=', cycle.id).orderBy('publishedAt').execute();
    expect(rows).toHaveLength(2);
    expect(rows[1]!.supersedesId).toBe(rows[0]!.id);
    const answers = await handle.db.selectFrom('answers as a').innerJoin('assessments as s', 's.id', 'a.assessmentId').select(['s.countryIso3', 'a.questionKey', 'a.value']).where('s.cycleId', '=', cycle.id).execute();
    const countries = (['BRA', 'FRA', 'KEN'] as const).map((iso3) => ({
      iso3,
      region: ({ BRA: 'americas', FRA: 'europe', KEN: 'africa' } as Record<string, Region>)[iso3]!,
      answers: Object.fromEntries(answers.filter((a) => a.countryIso3 === iso3).map((a) => [a.questionKey, a.value as never])),
    }));
    const expected = buildPublicationContent({ cycle: { id: cycle.id, year: cycle.year, name: `Cycle ${cycle.year}`, isDemo: false }, methodology: published.methodology, methodologyHash: (rows[0]!.content as { methodologyHash: string }).methodologyHash, countries });
    expect(JSON.parse(JSON.stringify(rows[1]!.content))).toEqual(JSON.parse(JSON.stringify(expected)));
    await expect(sql`update publications set note = 'x'`.execute(handle.db)).rejects.toThrow(/immutable/);
  });

  it('shows nothing of an unpublished cycle on any public route', async () => {
    const hidden = await createCycle(handle.db, { methodologyVersionId: published.id, countries: ['KEN'], status: 'closed' });
    await handle.db.insertInto('answers').values({ assessmentId: hidden.assessments.KEN!, questionKey: 'legal.law', value: 'true' }).execute();
    const publicRoutes = Object.entries(ROUTE_ACCESS).filter(([, access]) => access === 'public').map(([key]) => key).filter((k) => k.startsWith('GET '));
    expect(publicRoutes.length).toBeGreaterThanOrEqual(2);
    for (const route of publicRoutes) {
      const url = route.slice(4).replace(':year', String(hidden.year)).replace(':iso3', 'KEN').replace(/:[a-zA-Z0-9]+/g, hidden.id);
      const res = await call(null, 'GET', url);
      expect([200, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
      expect(res.body, url).not.toContain(hidden.id);
      expect(res.body, url).not.toContain(`"year":${hidden.year}`);
    }
  });

  it('backcasts an earlier cycle under another version and names unmatched questions', async () => {
    const next = structuredClone(published.methodology);
    next.key = 'toy-backcast';
    const technical = next.pillars[1]!;
    technical.children = technical.children.filter((c) => c.key !== 'technical.tools');
    const version = await createPublishedMethodology(handle.db, next);
    const res = await call(analyst, 'GET', `/api/workbench/cycles/${cycle.year}/backcast?version=${version.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unmatchedOld).toEqual(['technical.tools']);
    expect(res.json().comparison.matrix.flat().reduce((a: number, b: number) => a + b, 0)).toBe(3);
  });

  it('refuses to publish a cycle that is still open for answers', async () => {
    const open = await createCycle(handle.db, { methodologyVersionId: published.id, countries: ['KEN'] });
    const res = await call(analyst, 'POST', `/api/cycles/${open.id}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'open' } });
    expect(await handle.db.selectFrom('publications').select('id').where('cycleId', '=', open.id).execute()).toEqual([]);
  });

  it('keeps the workbench to analysts', async () => {
    expect((await call(focal, 'GET', `/api/workbench/cycles/${cycle.year}`)).statusCode).toBe(403);
    expect((await call(focal, 'POST', `/api/cycles/${cycle.id}/publish`, {})).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/scenarios')).statusCode).toBe(401);
  });
});
