import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createWorkbenchWorld, type WorkbenchWorld } from '../../../test/workbench-world.ts';

describe('methodology versions and their consultation', () => {
  let world: WorkbenchWorld;
  let handle: WorkbenchWorld['handle'];
  let analyst: WorkbenchWorld['analyst'];
  let focal: WorkbenchWorld['focal'];
  let published: WorkbenchWorld['published'];
  const call: WorkbenchWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await createWorkbenchWorld();
    ({ handle, analyst, focal, published } = world);
  });
  afterAll(() => world?.close());

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

  it('keeps the rule of strengths a draft sets; a version that leaves it to its default reads back without it, as before it existed', async () => {
    const created = await call(analyst, 'POST', '/api/methodologies', { fromVersionId: published.id, key: 'toy-settings' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const draft = (await call(analyst, 'GET', `/api/methodologies/${id}`)).json();
    expect(draft.methodology.peerAreas).toBeUndefined();
    const edited = { ...draft.methodology, peerAreas: { group: 'region_tier', margin: 1.25, includeSelf: false } };
    const saved = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: draft.version.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await call(analyst, 'GET', `/api/methodologies/${id}`)).json();
    expect(read.methodology.peerAreas).toEqual({ group: 'region_tier', margin: 1.25, includeSelf: false });
    // a negative margin is refused
    const negative = { ...edited, peerAreas: { ...edited.peerAreas, margin: -1 } };
    expect((await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: negative, baseRevision: read.version.revision })).statusCode).toBe(400);
  });

  it('keeps the minimum coverage and the stability settings a draft sets (they were dropped on save before), and refuses a coverage above 1', async () => {
    const created = await call(analyst, 'POST', '/api/methodologies', { fromVersionId: published.id, key: 'toy-coverage' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const draft = (await call(analyst, 'GET', `/api/methodologies/${id}`)).json();
    expect(draft.methodology.minCoverage).toBeUndefined();
    expect(draft.methodology.stability).toBeUndefined();
    const stability = { vary: 'all', distribution: { kind: 'dirichlet', concentration: 250 }, draws: 1500, seed: 9 };
    const edited = { ...draft.methodology, missingPolicy: 'exclude', minCoverage: 0.5, stability };
    const saved = await call(analyst, 'PUT', `/api/methodologies/${id}`, { methodology: edited, baseRevision: draft.version.revision });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await call(analyst, 'GET', `/api/methodologies/${id}`)).json();
    expect(read.methodology).toMatchObject({ missingPolicy: 'exclude', minCoverage: 0.5, stability });
    const diff = (await call(analyst, 'GET', `/api/methodologies/${published.id}/diff/${id}`)).json();
    expect(diff.settingsChanged).toEqual(['missingPolicy', 'minCoverage']);
    const tooMuch = await call(analyst, 'PUT', `/api/methodologies/${id}`, {
      methodology: { ...edited, minCoverage: 1.5 },
      baseRevision: read.version.revision,
    });
    expect(tooMuch.statusCode).toBe(400);
    expect((await call(analyst, 'GET', `/api/methodologies/${id}`)).json().methodology.minCoverage).toBe(0.5);
    // a clone carries both
    const clone = await call(analyst, 'POST', '/api/methodologies', { fromVersionId: id, key: 'toy-coverage-2' });
    expect((await call(analyst, 'GET', `/api/methodologies/${clone.json().id}`)).json().methodology).toMatchObject({ minCoverage: 0.5, stability });
  });

  it('starts a first methodology from the built-in GCI 2024 template, which publishes as it is', async () => {
    const created = await call(analyst, 'POST', '/api/methodologies', { template: 'gci-2024', key: 'gci-2026', edition: 2026 });
    expect(created.statusCode, created.body).toBe(201);
    const { version, methodology, issues } = (await call(analyst, 'GET', `/api/methodologies/${created.json().id}`)).json();
    expect(version).toMatchObject({ status: 'draft', derivedFromId: null });
    expect(methodology).toMatchObject({ key: 'gci-2026', name: { en: 'gci-2026' }, edition: 2026 });
    expect(methodology.pillars.map((p: { key: string }) => p.key)).toEqual(['legal', 'technical', 'organizational', 'capacity_development', 'cooperation']);
    expect(issues ?? []).toEqual([]);
    expect((await call(analyst, 'POST', `/api/methodologies/${created.json().id}/status`, { status: 'published' })).statusCode).toBe(200);
  });

  it.each([
    ['both a version and a template', (id: string) => ({ fromVersionId: id, template: 'gci-2024', key: 'both-at-once' })],
    ['neither', () => ({ key: 'from-nothing' })],
    ['an unknown template', () => ({ template: 'gci-1999', key: 'unknown-template' })],
  ])('refuses a draft from %s with 400', async (_name, body) => {
    const res = await call(analyst, 'POST', '/api/methodologies', body(published.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toMatch(/^body\.(fromVersionId|template)$/);
  });

  it('runs a consultation: focal points comment, analysts answer with a decision and a reason', async () => {
    const id = (await call(analyst, 'POST', '/api/methodologies', { fromVersionId: published.id, key: 'toy-consult' })).json().id;
    expect((await call(focal, 'GET', `/api/methodologies/${id}`)).statusCode).toBe(404); // drafts are not shown to countries
    expect((await call(analyst, 'POST', `/api/methodologies/${id}/status`, { status: 'consultation' })).statusCode).toBe(200);
    expect((await call(focal, 'GET', `/api/methodologies/${id}`)).statusCode).toBe(200);
    const comment = await call(focal, 'POST', `/api/methodologies/${id}/consultation`, { nodeKey: 'legal.spam', body: 'Weigh spam law higher.' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await call(focal, 'POST', `/api/methodologies/${id}/consultation`, { nodeKey: 'no.such.node', body: 'x' })).json().field).toBe('body.nodeKey');
    const noReason = await call(analyst, 'POST', `/api/consultation-comments/${comment.json().id}/response`, {
      status: 'not_taken_into_account',
      response: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await call(analyst, 'POST', `/api/consultation-comments/${comment.json().id}/response`, {
          status: 'not_taken_into_account',
          response: 'Spam is already covered twice.',
        })
      ).statusCode,
    ).toBe(204);
    const record = (await call(focal, 'GET', `/api/methodologies/${id}/consultation`)).json().comments;
    expect(record).toEqual([
      expect.objectContaining({ nodeKey: 'legal.spam', country: 'KEN', status: 'not_taken_into_account', response: 'Spam is already covered twice.' }),
    ]);
  });
});
