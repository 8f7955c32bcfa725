import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentSummary, CycleDetail } from '@gci/shared';
import { createCycleWorld, DAY, type CycleWorld } from '../../../test/cycle-world.ts';
import { dbDigest } from '../../../test/db-digest.ts';
import { ROUTE_ACCESS } from '../../http/access-policy.ts';
import type { Session } from '../../../test/factories.ts';

const STEPS = ['open', 'close', 'start-validation', 'end-validation', 'publish'] as const;
type Step = (typeof STEPS)[number];

describe('the steps of a cycle', () => {
  let w: CycleWorld;
  /** an admin's step, or the analyst's publication */
  const take = async (cycleId: string, step: Step, body: object = {}) =>
    w.call(await w.as(step === 'publish' ? 'analyst' : 'admin'), 'POST', `/api/cycles/${cycleId}/${step}`, body);
  const assessmentsOf = (cycleId: string) =>
    w.handle.db.selectFrom('assessments').select(['id', 'countryIso3', 'status']).where('cycleId', '=', cycleId).orderBy('countryIso3').execute();
  const auditOf = (cycleId: string) =>
    w.handle.db
      .selectFrom('auditLog')
      .select(['action', 'before', 'after'])
      .where('entityId', '=', cycleId)
      .where('action', 'like', 'cycle.%')
      .orderBy('id')
      .execute();
  const setStatus = (cycleId: string, country: string, status: 'validated' | 'submitted' | 'in_progress' | 'final') =>
    w.handle.db.updateTable('assessments').set({ status }).where('cycleId', '=', cycleId).where('countryIso3', '=', country).execute();

  beforeAll(async () => {
    w = await createCycleWorld();
  });
  afterAll(() => w?.close());

  it('goes draft → open → closed → validation → published, refusing every step out of order and changing nothing then', async () => {
    const { cycle } = await w.createDraft({ validationClosesAt: new Date(w.clock.now().getTime() + 400 * DAY).toISOString() });
    // signed in beforehand: a sign-in would change the database between the digests
    await w.as('admin');
    await w.as('analyst');
    const expected: [state: string, next: Step, body?: object][] = [
      ['draft', 'open'],
      ['open', 'close'],
      ['closed', 'start-validation'],
      ['validation', 'end-validation'],
      ['validation', 'publish', { leaveOut: ['BRA'] }],
    ];
    for (const [state, next, body] of expected) {
      for (const step of STEPS.filter((s) => s !== next && !(s === 'open' && state === 'open'))) {
        const before = await dbDigest(w.handle.db);
        const res = await take(cycle.id, step, step === 'publish' ? { leaveOut: ['BRA'] } : {});
        expect(res.statusCode, `${step} while ${state}: ${res.body}`).toBe(409);
        expect(res.json(), `${step} while ${state}`).toMatchObject({ code: 'illegal_transition', details: { status: state } });
        expect(await dbDigest(w.handle.db), `${step} while ${state}`).toEqual(before);
      }
      if (next === 'publish') {
        await setStatus(cycle.id, 'KEN', 'validated');
        await setStatus(cycle.id, 'FRA', 'final');
      }
      const res = await take(cycle.id, next, body);
      expect(res.statusCode, `${next} while ${state}: ${res.body}`).toBe(next === 'publish' ? 201 : 200);
    }
    const detail = (await w.call(await w.as('admin'), 'GET', `/api/cycles/${cycle.id}`)).json<CycleDetail>();
    expect(detail.cycle).toMatchObject({ status: 'published', actions: ['publish'] });
    expect(detail.cycle.validationEndedAt).toBe(w.clock.now().toISOString());
    const audit = await auditOf(cycle.id);
    expect(audit.map((a) => a.action)).toEqual(['cycle.created', 'cycle.opened', 'cycle.closed', 'cycle.validation_started', 'cycle.validation_ended']);
    expect(audit[2]).toMatchObject({ before: { status: 'open' }, after: { status: 'closed' } });
    const stamps = await w.handle.db
      .selectFrom('cycles')
      .select(['openedAt', 'closedAt', 'validationStartedAt', 'validationEndedAt'])
      .where('id', '=', cycle.id)
      .executeTakeFirstOrThrow();
    expect(Object.values(stamps).every((d) => d instanceof Date)).toBe(true);
  });

  it('opens once: one assessment per participant, and a second opening answers the same and creates nothing', async () => {
    const { cycle } = await w.createDraft();
    const first = await take(cycle.id, 'open');
    expect(first.statusCode, first.body).toBe(200);
    const opened = first.json<CycleDetail>();
    expect(opened.cycle).toMatchObject({ status: 'open', actions: ['close'], assessments: { not_started: 3 } });
    expect(opened.participants.map((p) => [p.iso3, p.assessment?.status, p.assessment?.deadline])).toEqual([
      ['BRA', 'not_started', opened.cycle.closesAt],
      ['FRA', 'not_started', opened.cycle.closesAt],
      ['KEN', 'not_started', opened.cycle.closesAt],
    ]);
    const assessments = await assessmentsOf(cycle.id);
    const again = await take(cycle.id, 'open');
    expect(again.statusCode).toBe(200);
    expect(again.json<CycleDetail>().participants).toEqual(opened.participants);
    expect(await assessmentsOf(cycle.id)).toEqual(assessments);
    expect((await auditOf(cycle.id)).map((a) => a.action)).toEqual(['cycle.created', 'cycle.opened']);
  });

  it('opens once when two openings race', async () => {
    const { cycle } = await w.createDraft();
    const admin = await w.as('admin');
    const results = await Promise.all([1, 2, 3].map(() => w.call(admin, 'POST', `/api/cycles/${cycle.id}/open`)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect((await assessmentsOf(cycle.id)).map((a) => a.countryIso3)).toEqual(['BRA', 'FRA', 'KEN']);
    expect((await auditOf(cycle.id)).map((a) => a.action)).toEqual(['cycle.created', 'cycle.opened']);
  });

  it('closes with reviews still open only when the administrator confirms, listing them first', async () => {
    const { cycle } = await w.createDraft();
    await take(cycle.id, 'open');
    await setStatus(cycle.id, 'KEN', 'submitted');
    await setStatus(cycle.id, 'FRA', 'in_progress');
    const fra = (await assessmentsOf(cycle.id)).find((a) => a.countryIso3 === 'FRA')!;
    const thread = await w.call(await w.as('reviewer'), 'POST', `/api/assessments/${fra.id}/threads`, { questionKey: 'legal.law', body: 'Which act?' });
    expect(thread.statusCode, thread.body).toBe(201);

    const before = await dbDigest(w.handle.db);
    const asked = await take(cycle.id, 'close');
    expect(asked.statusCode).toBe(409);
    expect(asked.json()).toMatchObject({ code: 'conflict' });
    expect(asked.json().details.openReviews.map((r: { iso3: string; status: string; openThreads: number }) => [r.iso3, r.status, r.openThreads])).toEqual([
      ['FRA', 'in_progress', 1],
      ['KEN', 'submitted', 0],
    ]);
    expect(await dbDigest(w.handle.db)).toEqual(before);
    expect((await take(cycle.id, 'close', { confirm: false })).statusCode).toBe(409);

    const closed = await take(cycle.id, 'close', { confirm: true });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<CycleDetail>().cycle.status).toBe('closed');
    expect((await auditOf(cycle.id)).at(-1)).toMatchObject({ action: 'cycle.closed', after: { status: 'closed', openReviewsConfirmed: ['FRA', 'KEN'] } });
    // the country teams can no longer change their answers
    const save = await w.call(await w.as('BRA'), 'GET', `/api/assessments`);
    expect(save.json<{ assessments: AssessmentSummary[] }>().assessments.find((a) => a.cycle.id === cycle.id)).toMatchObject({ editable: false });
  });

  it('ends the validation window early only while it runs', async () => {
    const { cycle } = await w.createDraft();
    for (const step of ['open', 'close', 'start-validation'] as const) expect((await take(cycle.id, step)).statusCode).toBe(200);
    expect((await take(cycle.id, 'publish')).json()).toMatchObject({ code: 'illegal_transition', details: { status: 'validation' } });
    expect((await take(cycle.id, 'end-validation')).statusCode).toBe(200);
    const again = await take(cycle.id, 'end-validation');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'validation' } });
  });

  it("lets an administrator extend one country's deadline, audited; its focal point sees it", async () => {
    const { cycle } = await w.createDraft();
    const opened = (await take(cycle.id, 'open')).json<CycleDetail>();
    const ken = opened.participants.find((p) => p.iso3 === 'KEN')!.assessment!;
    const admin = await w.as('admin');
    const url = `/api/assessments/${ken.id}/deadline`;
    const early = await w.call(admin, 'PUT', url, { deadline: new Date(Date.parse(opened.cycle.closesAt) - DAY).toISOString() });
    expect(early.statusCode).toBe(400);
    expect(early.json()).toMatchObject({ field: 'body.deadline' });
    const extended = new Date(Date.parse(opened.cycle.closesAt) + 10 * DAY).toISOString();
    expect((await w.call(admin, 'PUT', url, { deadline: extended })).statusCode).toBe(204);

    const detail = (await w.call(admin, 'GET', `/api/cycles/${cycle.id}`)).json<CycleDetail>();
    expect(detail.participants.find((p) => p.iso3 === 'KEN')!.assessment).toMatchObject({ deadline: extended, deadlineOverride: extended });
    expect(detail.participants.find((p) => p.iso3 === 'FRA')!.assessment).toMatchObject({ deadline: opened.cycle.closesAt, deadlineOverride: null });
    const mine = (await w.call(await w.as('KEN'), 'GET', '/api/assessments')).json<{ assessments: AssessmentSummary[] }>();
    expect(mine.assessments.find((a) => a.cycle.id === cycle.id)).toMatchObject({
      deadline: extended,
      cycle: { status: 'open', closesAt: opened.cycle.closesAt },
    });
    const audit = await w.handle.db.selectFrom('auditLog').select(['action', 'countryIso3', 'after']).where('entityId', '=', ken.id).execute();
    expect(audit).toEqual([{ action: 'assessment.deadline', countryIso3: 'KEN', after: { deadline: extended } }]);
    // only while the cycle is open
    await take(cycle.id, 'close', { confirm: true });
    const late = await w.call(admin, 'PUT', url, { deadline: null });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'illegal_transition', details: { status: 'closed' } });
  });

  it('shows nothing of a cycle on public routes until it is published', async () => {
    const { cycle } = await w.createDraft({ validationClosesAt: new Date(w.clock.now().getTime() + 400 * DAY).toISOString() });
    const publicRoutes = Object.entries(ROUTE_ACCESS)
      .filter(([key, access]) => access === 'public' && key.startsWith('GET '))
      .map(([key]) => key.slice(4));
    const seen = async (anyone: Session | null) => {
      const bodies: string[] = [];
      for (const route of publicRoutes) {
        // an id no item has: the library's documents are not the cycle's to show either
        const url = route.replace(':year', String(cycle.year)).replace(':iso3', 'KEN').replace(':evidenceId', '00000000-0000-4000-8000-000000000000');
        const res = await w.call(anyone, 'GET', url);
        expect([200, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
        if (res.statusCode === 200) bodies.push(res.body);
      }
      return bodies.some((b) => b.includes(cycle.id) || b.includes(`"year":${cycle.year}`));
    };
    for (const [state, step] of [
      ['draft', 'open'],
      ['open', 'close'],
      ['closed', 'start-validation'],
      ['validation', 'end-validation'],
    ] as const) {
      if (state === 'open') {
        const ken = (await assessmentsOf(cycle.id)).find((a) => a.countryIso3 === 'KEN')!;
        await w.handle.db.insertInto('answers').values({ assessmentId: ken.id, questionKey: 'legal.law', value: 'true' }).execute();
      }
      expect(await seen(null), state).toBe(false);
      expect(await seen(await w.as('KEN')), state).toBe(false);
      expect((await w.call(null, 'GET', `/api/public/cycles/${cycle.year}/results`)).statusCode, state).toBe(404);
      expect((await take(cycle.id, step, { confirm: true })).statusCode).toBe(200);
    }
    expect(await seen(null)).toBe(false);
    for (const c of ['KEN', 'FRA', 'BRA']) await setStatus(cycle.id, c, 'validated');
    expect((await take(cycle.id, 'publish')).statusCode).toBe(201);
    // each process re-reads which publications are current at most every 2 s
    for (let i = 0; i < 30 && (await w.call(null, 'GET', `/api/public/cycles/${cycle.year}/results`)).statusCode !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await w.call(null, 'GET', `/api/public/cycles/${cycle.year}/results`)).statusCode).toBe(200);
    expect(await seen(null)).toBe(true);
  });
});
