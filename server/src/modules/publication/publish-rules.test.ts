import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicationContent } from '@gci/shared';
import { createCycleWorld, DAY, type CycleWorld } from '../../../test/cycle-world.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { insertCompleteToyAnswers } from '../../../test/factories.ts';

describe('when a cycle may be published, and without whom', () => {
  let w: CycleWorld;
  let cycleId: string;
  let year: number;
  const publish = async (body: object) => w.call(await w.as('analyst'), 'POST', `/api/cycles/${cycleId}/publish`, body);
  const publications = () => w.handle.db.selectFrom('publications').select(['id', 'content']).where('cycleId', '=', cycleId).orderBy('publishedAt').execute();

  beforeAll(async () => {
    w = await createCycleWorld();
    const t = w.clock.now().getTime();
    const draft = await w.createDraft({
      opensAt: new Date(t - 60 * DAY).toISOString(),
      closesAt: new Date(t - 30 * DAY).toISOString(),
      validationClosesAt: new Date(t + 5 * DAY).toISOString(),
    });
    cycleId = draft.cycle.id;
    year = draft.cycle.year;
    const admin = await w.as('admin');
    for (const step of ['open', 'close', 'start-validation']) {
      expect((await w.call(admin, 'POST', `/api/cycles/${cycleId}/${step}`, {})).statusCode).toBe(200);
    }
    const rows = await w.handle.db.selectFrom('assessments').select(['id', 'countryIso3']).where('cycleId', '=', cycleId).execute();
    for (const r of rows) await insertCompleteToyAnswers(w.handle.db, r.id);
    const status = { KEN: 'validated', FRA: 'in_review', BRA: 'not_started' } as const;
    for (const r of rows)
      await w.handle.db
        .updateTable('assessments')
        .set({ status: status[r.countryIso3 as keyof typeof status] })
        .where('id', '=', r.id)
        .execute();
  });
  afterAll(() => w?.close());

  it('refuses while the validation window runs, saying until when', async () => {
    const session = await w.as('analyst');
    const before = await dbDigest(w.handle.db);
    const res = await w.call(session, 'POST', `/api/cycles/${cycleId}/publish`, { leaveOut: ['BRA', 'FRA'] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'validation' } });
    expect(res.json().details.validationClosesAt).toBe(new Date(w.clock.now().getTime() + 5 * DAY).toISOString());
    expect(await dbDigest(w.handle.db)).toEqual(before);
  });

  it('lists the countries not validated once the window has passed, and publishes nothing until they are named', async () => {
    w.clock.advance(6 * DAY);
    const session = await w.as('analyst');
    const before = await dbDigest(w.handle.db);
    const res = await w.call(session, 'POST', `/api/cycles/${cycleId}/publish`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict' });
    expect(res.json().details.notReady.map((p: { iso3: string; status: string }) => [p.iso3, p.status])).toEqual([
      ['BRA', 'not_started'],
      ['FRA', 'in_review'],
    ]);
    // naming only some of them is not enough
    expect((await w.call(session, 'POST', `/api/cycles/${cycleId}/publish`, { leaveOut: ['BRA'] })).statusCode).toBe(409);
    expect(await dbDigest(w.handle.db)).toEqual(before);
  });

  it('refuses to leave out a validated country (400 naming body.leaveOut)', async () => {
    const res = await publish({ leaveOut: ['BRA', 'FRA', 'KEN'] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.leaveOut', details: { ready: ['KEN'] } });
    expect(await publications()).toEqual([]);
  });

  it('publishes without the countries the analyst named, audited; they are absent from the public results', async () => {
    const res = await publish({ leaveOut: ['FRA', 'BRA'], note: 'Without France and Brazil' });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await publications();
    expect((row!.content as PublicationContent).countries.map((c) => c.iso3)).toEqual(['KEN']);
    const cycle = await w.handle.db.selectFrom('cycles').select('status').where('id', '=', cycleId).executeTakeFirstOrThrow();
    expect(cycle.status).toBe('published');
    const audit = await w.handle.db.selectFrom('auditLog').select(['action', 'after']).where('entityId', '=', res.json().publicationId).execute();
    expect(audit).toEqual([
      { action: 'cycle.published', after: { cycleId, contentHash: res.json().contentHash, note: 'Without France and Brazil', leftOut: ['BRA', 'FRA'] } },
    ]);
    for (let i = 0; i < 30 && (await w.call(null, 'GET', `/api/public/cycles/${year}/results`)).statusCode !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await w.call(null, 'GET', `/api/public/cycles/${year}/countries/KEN`)).statusCode).toBe(200);
    expect((await w.call(null, 'GET', `/api/public/cycles/${year}/countries/FRA`)).statusCode).toBe(404);
    expect((await w.call(null, 'GET', `/api/public/cycles/${year}/countries/BRA`)).statusCode).toBe(404);
  });

  it('republishes with the same rules: a country validated since is included, the others still need naming', async () => {
    await w.handle.db.updateTable('assessments').set({ status: 'final' }).where('cycleId', '=', cycleId).where('countryIso3', '=', 'FRA').execute();
    const asked = await publish({});
    expect(asked.statusCode).toBe(409);
    expect(asked.json().details.notReady.map((p: { iso3: string }) => p.iso3)).toEqual(['BRA']);
    const res = await publish({ leaveOut: ['BRA'] });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await publications();
    expect(rows).toHaveLength(2);
    expect((rows[1]!.content as PublicationContent).countries.map((c) => c.iso3)).toEqual(['FRA', 'KEN']);
  });
});
