import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlan, AssistanceRequest, Demand, Programme } from '@gci/shared';
import type { Session } from '../../../test/factories.ts';
import { insertLink } from '../practice/practice-test-support.ts';
import { createPlannerWorld, SETUP_MS, type PlannerWorld } from './planner-test-support.ts';

const programme = (over: object = {}) => ({
  title: 'Incident response foundations',
  provider: 'Regional CIRT network',
  description: 'Five days on setting up a CIRT',
  indicators: ['technical.response'],
  regions: ['africa'],
  languages: ['en', 'fr'],
  format: 'blended',
  link: 'https://example.org/course',
  ...over,
});

describe('capacity-building planner', () => {
  let w: PlannerWorld;
  const call = (session: Session | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    w.app.inject({ method, url, headers: session?.headers ?? {}, ...(payload ? { payload } : {}) });
  const auditRows = (action: string) =>
    w.handle.db.selectFrom('auditLog').select(['action', 'entityId', 'countryIso3', 'before', 'after']).where('action', '=', action).execute();

  beforeAll(async () => {
    w = await createPlannerWorld();
  }, SETUP_MS);
  afterAll(() => w?.close());

  describe('the catalogue', () => {
    it('is kept by administrators only, every change audited', async () => {
      expect((await call(w.sessions.ken, 'POST', '/api/capacity/programmes', programme())).statusCode).toBe(403);
      expect((await call(w.sessions.analyst, 'POST', '/api/capacity/programmes', programme())).statusCode).toBe(403);
      expect((await call(null, 'POST', '/api/capacity/programmes', programme())).statusCode).toBe(401);
      const created = await call(w.sessions.admin, 'POST', '/api/capacity/programmes', programme({ title: 'Draft' }));
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<Programme>().id;
      expect((await call(w.sessions.ken, 'PUT', `/api/capacity/programmes/${id}`, programme())).statusCode).toBe(403);
      expect((await call(w.sessions.ken, 'DELETE', `/api/capacity/programmes/${id}`)).statusCode).toBe(403);
      const updated = await call(w.sessions.admin, 'PUT', `/api/capacity/programmes/${id}`, programme({ title: 'Renamed', format: 'online' }));
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({ id, title: 'Renamed', format: 'online', regions: ['africa'], languages: ['en', 'fr'] });
      expect((await call(w.sessions.admin, 'DELETE', `/api/capacity/programmes/${id}`)).statusCode).toBe(204);
      expect((await call(w.sessions.admin, 'DELETE', `/api/capacity/programmes/${id}`)).statusCode).toBe(404);
      expect((await auditRows('programme.created')).map((r) => r.entityId)).toContain(id);
      expect(await auditRows('programme.updated')).toEqual([
        expect.objectContaining({ entityId: id, before: expect.objectContaining({ title: 'Draft' }), after: expect.objectContaining({ title: 'Renamed' }) }),
      ]);
      expect(await auditRows('programme.deleted')).toEqual([expect.objectContaining({ entityId: id, after: null })]);
    });

    it('refuses a link that is not http(s), an unknown format, and no indicator, writing nothing', async () => {
      for (const bad of [
        programme({ link: 'javascript:alert(1)' }),
        programme({ format: 'webinar' }),
        programme({ indicators: [] }),
        programme({ regions: ['mars'] }),
      ]) {
        const res = await call(w.sessions.admin, 'POST', '/api/capacity/programmes', bad);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json()).toMatchObject({ code: 'validation_failed' });
      }
      expect((await call(w.sessions.admin, 'GET', '/api/capacity/programmes')).json<{ programmes: Programme[] }>().programmes).toEqual([]);
    });

    it('refuses indicator keys that no published methodology has, writing nothing', async () => {
      const res = await call(w.sessions.admin, 'POST', '/api/capacity/programmes', programme({ indicators: ['technical.response', 'technical.respnse'] }));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field: 'body.indicators', details: { unknown: ['technical.respnse'] } });
      expect((await call(w.sessions.admin, 'GET', '/api/capacity/programmes')).json<{ programmes: Programme[] }>().programmes).toEqual([]);
    });
  });

  describe('the action plan, requests and peers', () => {
    beforeAll(async () => {
      // Europe's, everybody's, Africa's (created in that order), and one for an indicator Kenya meets
      for (const p of [
        programme({ title: 'C European course', regions: ['europe'] }),
        programme({ title: 'B Open course', regions: [], indicators: ['technical.response', 'legal.courts'] }),
        programme({ title: 'A African course', regions: ['africa'] }),
        programme({ title: 'Laws course', regions: ['africa'], indicators: ['legal.laws'] }),
      ]) {
        expect((await call(w.sessions.admin, 'POST', '/api/capacity/programmes', p)).statusCode).toBe(201);
      }
    });

    it('refuses a peer offer for an indicator the country does not meet, and accepts one it meets', async () => {
      const refused = await call(w.sessions.gha, 'PUT', '/api/planner/GHA/peer-offers/technical.response', { offered: true });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'conflict' });
      expect((await call(w.sessions.gha, 'PUT', '/api/planner/NGA/peer-offers/technical.response', { offered: true })).statusCode).toBe(404);
      expect((await call(w.sessions.analyst, 'PUT', '/api/planner/NGA/peer-offers/technical.response', { offered: true })).statusCode).toBe(403);
      for (const [session, iso3] of [
        [w.sessions.fra, 'FRA'],
        [w.sessions.nga, 'NGA'],
      ] as const) {
        const ok = await call(session, 'PUT', `/api/planner/${iso3}/peer-offers/technical.response`, { offered: true });
        expect(ok.statusCode, ok.body).toBe(200);
        expect(ok.json()).toEqual({ indicators: ['technical.response'] });
      }
      expect(await auditRows('peer.offered')).toHaveLength(2);
    });

    it('lists the gaps on the path to the next tier first, each with programmes of its region first and peers', async () => {
      const res = await call(w.sessions.ken, 'GET', '/api/planner/KEN');
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json<ActionPlan>();
      expect(plan).toMatchObject({ iso3: 'KEN', region: 'africa', year: w.cycle.year });
      // 12.5 points (tier 5): a technical answer weighs three times a legal one, and the first
      // (CIRT) alone reaches tier 4; the other gaps follow in methodology order
      expect(plan).toMatchObject({ tier: 5, nextTier: 4, met: [{ indicatorKey: 'legal.laws', title: { en: 'Indicator legal.laws' } }] });
      expect(plan.gaps.map((g) => [g.indicatorKey, g.towardsNextTier, g.steps])).toEqual([
        ['technical.response', true, ['technical.cirt']],
        ['legal.courts', false, []],
        ['technical.tools', false, []],
      ]);
      const response = plan.gaps[0]!;
      expect(response.programmes.map((p) => p.title)).toEqual(['A African course', 'B Open course', 'C European course']);
      expect(plan.gaps[1]!.programmes.map((p) => p.title)).toEqual(['B Open course']);
      expect(plan.gaps[2]!.programmes).toEqual([]);
      expect(response.peers.map((p) => p.iso3)).toEqual(['NGA', 'FRA']);
      expect(response.request).toBeNull();
    });

    it('gives each gap the published practice of countries of the region that meet it', async () => {
      const item = await insertLink(w.handle.db, w.answers['NGA:technical.cirt']!, 'Nigeria CIRT charter');
      const unconfirmed = await insertLink(w.handle.db, w.answers['NGA:technical.cirt']!, 'Nigeria CIRT draft');
      for (const id of [item, unconfirmed]) {
        expect((await call(w.sessions.nga, 'PUT', `/api/evidence/${id}/sharing`, { mayPublish: true, type: 'cirt', language: 'en' })).statusCode).toBe(200);
      }
      expect((await call(w.sessions.reviewer, 'PUT', `/api/evidence/${item}/sharing/confirmation`, { confirmed: true })).statusCode).toBe(200);
      const plan = (await call(w.sessions.ken, 'GET', '/api/planner/KEN')).json<ActionPlan>();
      expect(plan.gaps[0]!.examples.map((e) => [e.title, e.iso3])).toEqual([['Nigeria CIRT charter', 'NGA']]);
      expect(plan.gaps[1]!.examples).toEqual([]);
    });

    it('shows a focal point only their own country’s plan; staff see any', async () => {
      expect((await call(w.sessions.fra, 'GET', '/api/planner/KEN')).statusCode).toBe(404);
      expect((await call(w.sessions.fra, 'GET', '/api/planner/KEN/requests')).statusCode).toBe(404);
      expect((await call(w.sessions.reviewer, 'GET', '/api/planner/KEN')).statusCode).toBe(200);
      expect((await call(w.sessions.analyst, 'GET', '/api/planner/KEN')).statusCode).toBe(200);
      expect((await call(null, 'GET', '/api/planner/KEN')).statusCode).toBe(401);
      expect((await call(w.sessions.admin, 'GET', '/api/planner/XYZ')).statusCode).toBe(404);
    });

    describe('a request for assistance', () => {
      let request: AssistanceRequest;
      const noticesOf = () =>
        w.handle.db.selectFrom('notifications').select(['userId', 'kind', 'link']).where('kind', '=', 'assistance.update').orderBy('createdAt').execute();
      const move = (session: Session, to: string, comment?: string) =>
        call(session, 'POST', `/api/assistance-requests/${request.id}/transitions`, { to, ...(comment ? { comment } : {}) });

      it('is made by the country’s focal point only, once per indicator while open', async () => {
        expect((await call(w.sessions.fra, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'technical.response' })).statusCode).toBe(404);
        expect((await call(w.sessions.analyst, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'technical.response' })).statusCode).toBe(403);
        const unknown = await call(w.sessions.ken, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'legal.nothing' });
        expect(unknown.statusCode).toBe(422);
        expect(unknown.json()).toMatchObject({ code: 'validation_failed', field: 'body.indicatorKey' });
        const res = await call(w.sessions.ken, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'technical.response', note: 'We are setting up a CIRT' });
        expect(res.statusCode, res.body).toBe(201);
        request = res.json<AssistanceRequest>();
        expect(request).toMatchObject({ iso3: 'KEN', indicatorKey: 'technical.response', status: 'requested', note: 'We are setting up a CIRT', comments: [] });
        expect((await call(w.sessions.ken, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'technical.response' })).statusCode).toBe(409);
        const plan = (await call(w.sessions.ken, 'GET', '/api/planner/KEN')).json<ActionPlan>();
        expect(plan.gaps[0]!.request).toEqual({ id: request.id, status: 'requested' });
      });

      it('notifies the staff who handle requests (not the focal point who asked), and is audited', async () => {
        const notices = await noticesOf();
        expect(notices.map((n) => n.userId).sort()).toEqual([w.users.analyst, w.users.admin].sort());
        expect(notices.every((n) => n.link === '/planner/KEN')).toBe(true);
        const mail = await w.handle.db.selectFrom('mailOutbox').select(['kind', 'subject']).where('kind', '=', 'assistance_update').execute();
        expect(mail).toHaveLength(2);
        expect(await auditRows('assistance.requested')).toEqual([expect.objectContaining({ entityId: request.id, countryIso3: 'KEN' })]);
      });

      it('moves step by step; a skipped step is an illegal transition (409) that changes nothing', async () => {
        const skipped = await move(w.sessions.analyst, 'planned');
        expect(skipped.statusCode).toBe(409);
        expect(skipped.json()).toMatchObject({ code: 'illegal_transition', field: 'body.to' });
        expect((await move(w.sessions.ken, 'in_discussion')).statusCode).toBe(403);
        expect((await move(w.sessions.reviewer, 'in_discussion')).statusCode).toBe(403);
        expect((await move(w.sessions.fra, 'closed')).statusCode).toBe(404);
        const discussed = await move(w.sessions.analyst, 'in_discussion', 'Let us talk on Monday');
        expect(discussed.statusCode, discussed.body).toBe(200);
        expect(discussed.json()).toMatchObject({
          status: 'in_discussion',
          comments: [expect.objectContaining({ body: 'Let us talk on Monday', authorRole: 'analyst' })],
        });
        // the country's focal point and the other handler hear of it
        expect(
          (await noticesOf())
            .slice(2)
            .map((n) => n.userId)
            .sort(),
        ).toEqual([w.users.ken, w.users.admin].sort());
        expect((await move(w.sessions.admin, 'planned')).json()).toMatchObject({ status: 'planned' });
        const back = await move(w.sessions.admin, 'requested');
        expect(back.statusCode).toBe(409);
        expect((await w.handle.db.selectFrom('assistanceRequests').select('status').where('id', '=', request.id).executeTakeFirstOrThrow()).status).toBe(
          'planned',
        );
        expect((await auditRows('assistance.moved')).map((r) => r.after)).toEqual([
          { status: 'in_discussion', comment: 'Let us talk on Monday' },
          { status: 'planned', comment: null },
        ]);
      });

      it('takes comments from both sides and is listed for the country and for staff', async () => {
        const res = await call(w.sessions.ken, 'POST', `/api/assistance-requests/${request.id}/comments`, { body: 'Thank you' });
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json<AssistanceRequest>().comments.map((c) => c.body)).toEqual(['Let us talk on Monday', 'Thank you']);
        expect((await call(w.sessions.fra, 'POST', `/api/assistance-requests/${request.id}/comments`, { body: 'Hi' })).statusCode).toBe(404);
        const own = (await call(w.sessions.ken, 'GET', '/api/planner/KEN/requests')).json<{ requests: AssistanceRequest[] }>();
        expect(own.requests.map((r) => r.id)).toEqual([request.id]);
        expect((await call(w.sessions.ken, 'GET', '/api/assistance-requests')).statusCode).toBe(403);
        const all = (await call(w.sessions.analyst, 'GET', '/api/assistance-requests')).json<{ requests: AssistanceRequest[] }>();
        expect(all.requests.map((r) => r.id)).toContain(request.id);
      });

      it('is closed by its focal point (withdrawn), and closed is final', async () => {
        expect((await move(w.sessions.ken, 'closed')).json()).toMatchObject({ status: 'closed' });
        expect((await move(w.sessions.admin, 'delivered')).json()).toMatchObject({ code: 'illegal_transition' });
        // closed: a new request for the same indicator may be made
        const again = await call(w.sessions.ken, 'POST', '/api/planner/KEN/requests', { indicatorKey: 'technical.response' });
        expect(again.statusCode).toBe(201);
      });
    });
  });

  describe('demand for analysts', () => {
    beforeAll(async () => {
      expect((await call(w.sessions.gha, 'POST', '/api/planner/GHA/requests', { indicatorKey: 'legal.courts' })).statusCode).toBe(201);
    });

    it('counts open requests and countries not meeting each indicator, by region', async () => {
      expect((await call(w.sessions.ken, 'GET', '/api/capacity/demand')).statusCode).toBe(403);
      expect((await call(w.sessions.reviewer, 'GET', '/api/capacity/demand')).statusCode).toBe(403);
      const res = await call(w.sessions.analyst, 'GET', '/api/capacity/demand');
      expect(res.statusCode, res.body).toBe(200);
      const demand = res.json<Demand>();
      expect(demand.year).toBe(w.cycle.year);
      const cell = (indicatorKey: string, region: string) => demand.cells.find((c) => c.indicatorKey === indicatorKey && c.region === region);
      expect(cell('technical.response', 'africa')).toEqual({ indicatorKey: 'technical.response', region: 'africa', requests: 1, unmet: 2 });
      expect(cell('legal.courts', 'africa')).toEqual({ indicatorKey: 'legal.courts', region: 'africa', requests: 1, unmet: 2 });
      expect(cell('legal.laws', 'africa')).toMatchObject({ requests: 0, unmet: 1 });
      expect(cell('technical.response', 'europe')).toMatchObject({ requests: 0, unmet: 0 });
      expect(cell('technical.tools', 'africa')).toMatchObject({ requests: 0, unmet: 3 });
      // titles, not keys, for the heatmap and the requests
      expect(demand.titles['technical.response']).toEqual({ en: 'Indicator technical.response' });
      expect(Object.keys(demand.titles).sort()).toEqual(expect.arrayContaining(demand.indicators));
    });

    it('exports the same counts as CSV and XLSX', async () => {
      const csv = await call(w.sessions.analyst, 'GET', '/api/capacity/demand.csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toContain('gci-demand.csv');
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('indicator,region,requests,unmet');
      expect(lines).toContain('technical.response,africa,1,2');
      expect(lines).toContain('legal.courts,africa,1,2');
      const xlsx = await call(w.sessions.admin, 'GET', '/api/capacity/demand.xlsx');
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const rows = (book.getWorksheet('demand')!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
      expect(rows[0]).toEqual(['indicator', 'region', 'requests', 'unmet']);
      expect(rows).toContainEqual(['technical.response', 'africa', 1, 2]);
      expect(rows.length - 1).toBe(lines.length - 1);
    });
  });
});
