import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleDetail, CycleSummary } from '@gci/shared';
import { createCycleWorld, DAY, type CycleWorld } from '../../../test/cycle-world.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { insertMethodology } from '../methodology/methodology.repository.ts';
import { toyMethodology } from '../../../test/factories.ts';

describe('creating and editing cycles', () => {
  let w: CycleWorld;
  const at = (days: number) => new Date(w.clock.now().getTime() + days * DAY).toISOString();
  const valid = () => ({
    year: 2035,
    name: 'GCI 2035',
    methodologyVersionId: w.methodologyVersionId,
    opensAt: at(1),
    closesAt: at(90),
    validationClosesAt: at(120),
    participants: ['KEN', 'FRA'],
  });

  beforeAll(async () => {
    w = await createCycleWorld();
  });
  afterAll(() => w?.close());

  it('creates a draft with its participants and the default reminder days, audited', async () => {
    const res = await w.call(await w.as('admin'), 'POST', '/api/cycles', { ...valid(), participants: ['KEN', 'FRA'] });
    expect(res.statusCode, res.body).toBe(201);
    const { cycle, participants, methodology } = res.json<CycleDetail>();
    expect(cycle).toMatchObject({ year: 2035, name: 'GCI 2035', status: 'draft', reminderDays: [14, 7, 1], participants: 2, actions: ['open'] });
    expect(cycle.assessments.not_started).toBe(0);
    expect(methodology).toMatchObject({ id: w.methodologyVersionId, status: 'published' });
    expect(participants.map((p) => [p.iso3, p.assessment])).toEqual([
      ['FRA', null],
      ['KEN', null],
    ]);
    // a draft creates no assessment: nothing reaches the countries before opening
    expect(await w.handle.db.selectFrom('assessments').select('id').where('cycleId', '=', cycle.id).execute()).toEqual([]);
    const audit = await w.handle.db.selectFrom('auditLog').selectAll().where('entityId', '=', cycle.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['cycle.created']);
    expect(audit[0]!.after).toMatchObject({ year: 2035, participants: ['FRA', 'KEN'] });
  });

  it.each([
    ['a closing date before the opening', { closesAt: '2031-01-01T00:00:00Z' }, 'body.closesAt'],
    ['a validation window ending before closing', { validationClosesAt: '2031-01-01T00:00:00Z' }, 'body.validationClosesAt'],
    ['no participant', { participants: [] }, 'body.participants'],
    ['an unknown country', { participants: ['KEN', 'XYZ'] }, 'body.participants'],
    ['a malformed country code', { participants: ['ken'] }, 'body.participants.0'],
    ['the same country twice', { participants: ['KEN', 'KEN'] }, 'body.participants'],
    ['an unknown methodology version', { methodologyVersionId: '00000000-0000-4000-8000-000000000000' }, 'body.methodologyVersionId'],
    ['a reminder day out of range', { reminderDays: [400] }, 'body.reminderDays.0'],
    ['the same reminder day twice', { reminderDays: [7, 7] }, 'body.reminderDays'],
    ['a year out of range', { year: 1999 }, 'body.year'],
    ['an empty name', { name: '  ' }, 'body.name'],
    ['a date without a time zone', { opensAt: '2031-04-01T00:00:00' }, 'body.opensAt'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, fields, field) => {
    const session = await w.as('admin');
    const before = await dbDigest(w.handle.db);
    const res = await w.call(session, 'POST', '/api/cycles', { ...valid(), year: 2036, ...fields });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field });
    expect(await dbDigest(w.handle.db)).toEqual(before);
  });

  it('refuses a methodology version that is not published (frozen), naming the field', async () => {
    const draftId = await insertMethodology(w.handle.db, toyMethodology(), { status: 'draft' });
    const res = await w.call(await w.as('admin'), 'POST', '/api/cycles', { ...valid(), year: 2037, methodologyVersionId: draftId });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.methodologyVersionId' });
    expect(res.json().message).toMatch(/draft/);
  });

  it('refuses a second cycle of the same year with 409 naming body.year', async () => {
    const session = await w.as('admin');
    const before = await dbDigest(w.handle.db);
    const res = await w.call(session, 'POST', '/api/cycles', valid());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict', field: 'body.year' });
    expect(await dbDigest(w.handle.db)).toEqual(before);
  });

  it('lets only administrators create; staff read every cycle with its counts', async () => {
    for (const who of ['analyst', 'reviewer', 'KEN'] as const) {
      expect((await w.call(await w.as(who), 'POST', '/api/cycles', { ...valid(), year: 2038 })).statusCode).toBe(403);
    }
    const draft = await w.createDraft();
    for (const who of ['admin', 'analyst', 'reviewer'] as const) {
      const list = await w.call(await w.as(who), 'GET', '/api/cycles');
      expect(list.statusCode).toBe(200);
      expect(list.json<{ cycles: CycleSummary[] }>().cycles.map((c) => c.id)).toContain(draft.cycle.id);
      expect((await w.call(await w.as(who), 'GET', `/api/cycles/${draft.cycle.id}`)).json().cycle.id).toBe(draft.cycle.id);
    }
    expect((await w.call(await w.as('KEN'), 'GET', '/api/cycles')).statusCode).toBe(403);
    expect((await w.call(await w.as('KEN'), 'GET', `/api/cycles/${draft.cycle.id}`)).statusCode).toBe(403);
    expect((await w.call(await w.as('admin'), 'GET', '/api/cycles/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('offers the published methodology versions and every country to choose from', async () => {
    const res = await w.call(await w.as('admin'), 'GET', '/api/cycles/setup');
    expect(res.statusCode).toBe(200);
    const setup = res.json();
    expect(setup.methodologies.map((m: { id: string }) => m.id)).toContain(w.methodologyVersionId);
    expect(setup.methodologies.every((m: { id: string }) => m.id)).toBe(true);
    expect(setup.countries.map((c: { iso3: string; region: string }) => [c.iso3, c.region])).toEqual([
      ['BRA', 'americas'],
      ['FRA', 'europe'],
      ['KEN', 'africa'],
    ]);
  });

  it('edits a draft: dates are checked against the stored ones, participants replaced, audited', async () => {
    const draft = await w.createDraft();
    const admin = await w.as('admin');
    const url = `/api/cycles/${draft.cycle.id}`;
    const tooEarly = await w.call(admin, 'PATCH', url, { validationClosesAt: at(10) });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json()).toMatchObject({ field: 'body.validationClosesAt' });
    const res = await w.call(admin, 'PATCH', url, {
      name: 'Renamed',
      participants: ['BRA'],
      reminderDays: [3, 10],
      closesAt: at(40),
      validationClosesAt: at(70),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { cycle, participants } = res.json<CycleDetail>();
    expect(cycle).toMatchObject({ name: 'Renamed', reminderDays: [10, 3], closesAt: at(40), participants: 1 });
    expect(participants.map((p) => p.iso3)).toEqual(['BRA']);
    const taken = await w.call(admin, 'PATCH', url, { year: 2035 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ field: 'body.year' });
    const audit = await w.handle.db.selectFrom('auditLog').select(['action', 'before', 'after']).where('entityId', '=', draft.cycle.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['cycle.created', 'cycle.updated']);
    expect(audit[1]).toMatchObject({ before: { name: 'A cycle', participants: ['BRA', 'FRA', 'KEN'] }, after: { name: 'Renamed', participants: ['BRA'] } });
  });

  it('refuses to edit a cycle once it is open (409 with its state)', async () => {
    const draft = await w.createDraft();
    const admin = await w.as('admin');
    expect((await w.call(admin, 'POST', `/api/cycles/${draft.cycle.id}/open`)).statusCode).toBe(200);
    const before = await dbDigest(w.handle.db);
    const res = await w.call(admin, 'PATCH', `/api/cycles/${draft.cycle.id}`, { name: 'Too late' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'open' } });
    expect(await dbDigest(w.handle.db)).toEqual(before);
  });
});
