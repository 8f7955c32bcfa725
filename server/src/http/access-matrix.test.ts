import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createTestDb } from '../../test/test-db.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import {
  createCountry,
  createCycle,
  createPublishedMethodology,
  createUser,
  idempotencyKey,
  insertCompleteToyAnswers,
  insertFileEvidence,
  signIn,
  TEST_PASSWORD,
  testCountryNames,
} from '../../test/factories.ts';
import { multipartFile, samplePdf } from '../../test/files.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AssessmentStatus } from '../db/tables.ts';
import { publishCycle } from '../modules/publication/publication.service.ts';
import { ROUTE_ACCESS } from './access-policy.ts';

/**
 * Every API route × every kind of caller → the status each must get (ASVS V8.1.1, V8.2.1, V8.2.2).
 * "A" is Kenya, whose focal point is focalA; focalB is France's. Object routes always name Kenya's
 * objects, so focalB's column is the cross-country (IDOR) check: 404, never a hint that it exists.
 */
// focalA comes last: in each row, the other callers are refused before Kenya's own team changes anything.
const PRINCIPALS = ['anonymous', 'admin', 'analyst', 'reviewer', 'focalB', 'focalA'] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expected = [anonymous: number, admin: number, analyst: number, reviewer: number, focalB: number, focalA: number];

/** Kenya's objects, one set per row (Kenya's own team, last in the row, is the one that changes them). */
interface Fixture {
  assessmentId: string;
  evidenceId: string;
}
interface Cell {
  fx: Fixture;
  /** the caller's headers (cookie and CSRF token; none when anonymous) */
  as: Record<string, string>;
  /** headers of a new session of the same kind of caller, for routes that end or change it */
  fresh: () => Promise<Record<string, string>>;
  setStatus: (status: AssessmentStatus) => Promise<void>;
  /** a new comment thread on Kenya's assessment, opened by a reviewer */
  thread: () => Promise<string>;
  /** a later, empty cycle's assessment for Kenya, to carry the fixture's answers over into */
  later: () => Promise<string>;
}
type Row = [request: (c: Cell) => InjectOptions | Promise<InjectOptions>, expected: Expected];

/** a well-formed link secret that no link has */
const UNKNOWN_LINK = 'A'.repeat(43);
const A = (fx: Fixture, rest = '') => `/api/assessments/${fx.assessmentId}${rest}`;
const saveBody = { value: 13, baseVersion: 1 };

const MATRIX: Record<string, Row> = {
  'GET /api/health': [() => ({ method: 'GET', url: '/api/health' }), [200, 200, 200, 200, 200, 200]],
  'GET /api/public/cycles': [() => ({ method: 'GET', url: '/api/public/cycles' }), [200, 200, 200, 200, 200, 200]],
  'GET /api/public/cycles/:year/results': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/results`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/countries/:iso3': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/countries/KEN`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/methodology': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/methodology`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/gaps': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/gaps`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/stability': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/stability`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/downloads/results.csv': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/downloads/results.csv`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/downloads/results.json': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/downloads/results.json`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/public/cycles/:year/downloads/bundle.json': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/downloads/bundle.json`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],

  'POST /api/auth/login': [
    ({ as }) => ({ method: 'POST', url: '/api/auth/login', headers: as, payload: { email: throwaway.email, password: TEST_PASSWORD } }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/auth/session': [({ as }) => ({ method: 'GET', url: '/api/auth/session', headers: as }), [401, 200, 200, 200, 200, 200]],
  'POST /api/auth/logout': [async ({ fresh }) => ({ method: 'POST', url: '/api/auth/logout', headers: await fresh() }), [401, 204, 204, 204, 204, 204]],
  'POST /api/auth/mfa/verify': [({ as }) => ({ method: 'POST', url: '/api/auth/mfa/verify', headers: as, payload: {} }), [401, 400, 400, 400, 400, 400]],
  'POST /api/auth/mfa/setup': [async ({ fresh }) => ({ method: 'POST', url: '/api/auth/mfa/setup', headers: await fresh() }), [401, 409, 409, 409, 200, 200]],
  'POST /api/auth/mfa/confirm': [
    ({ as }) => ({ method: 'POST', url: '/api/auth/mfa/confirm', headers: as, payload: { code: '123456' } }),
    [401, 409, 409, 409, 409, 409],
  ],
  'POST /api/auth/password': [
    async ({ fresh }) => ({
      method: 'POST',
      url: '/api/auth/password',
      headers: await fresh(),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' },
    }),
    [401, 204, 204, 204, 204, 204],
  ],
  'POST /api/auth/password-reset': [
    ({ as }) => ({ method: 'POST', url: '/api/auth/password-reset', headers: as, payload: { email: 'nobody@example.org' } }),
    [202, 202, 202, 202, 202, 202],
  ],
  'POST /api/auth/links/inspect': [
    ({ as }) => ({ method: 'POST', url: '/api/auth/links/inspect', headers: as, payload: { token: UNKNOWN_LINK } }),
    [410, 410, 410, 410, 410, 410],
  ],
  'POST /api/auth/links/redeem': [
    ({ as }) => ({ method: 'POST', url: '/api/auth/links/redeem', headers: as, payload: { token: UNKNOWN_LINK, password: 'another long passphrase' } }),
    [410, 410, 410, 410, 410, 410],
  ],
  // a focal point who is not their country's lead may not manage accounts (the service's check)
  'POST /api/users/invitations': [
    ({ as }) => ({
      method: 'POST',
      url: '/api/users/invitations',
      headers: as,
      payload: { email: `inv.${randomUUID()}@example.org`, name: 'Invited', role: 'focal_point', country: 'KEN' },
    }),
    [401, 201, 403, 403, 403, 403],
  ],
  'POST /api/users/:userId/invitation': [
    ({ as }) => ({ method: 'POST', url: `/api/users/${throwaway.id}/invitation`, headers: as }),
    [401, 409, 403, 403, 403, 403],
  ],
  'GET /api/users': [({ as }) => ({ method: 'GET', url: '/api/users', headers: as }), [401, 200, 403, 403, 403, 403]],
  'POST /api/users': [
    ({ as }) => ({ method: 'POST', url: '/api/users', headers: as, payload: { email: `new.${randomUUID()}@example.org`, name: 'New', role: 'analyst' } }),
    [401, 201, 403, 403, 403, 403],
  ],
  'PATCH /api/users/:userId': [
    ({ as }) => ({ method: 'PATCH', url: `/api/users/${throwaway.id}`, headers: as, payload: { name: 'Renamed' } }),
    [401, 200, 403, 403, 403, 403],
  ],
  'GET /api/countries': [({ as }) => ({ method: 'GET', url: '/api/countries', headers: as }), [401, 200, 403, 403, 403, 403]],
  'GET /api/countries/:iso3': [({ as }) => ({ method: 'GET', url: '/api/countries/KEN', headers: as }), [401, 200, 403, 403, 403, 403]],
  'PATCH /api/countries/:iso3': [
    async ({ as }) => ({ method: 'PATCH', url: '/api/countries/FRA', headers: as, payload: { version: await countryVersion('FRA'), region: 'europe' } }),
    [401, 200, 403, 403, 403, 403],
  ],
  'POST /api/countries': [
    ({ as }) => ({
      method: 'POST',
      url: '/api/countries',
      headers: as,
      payload: { iso3: 'XQA', iso2: 'XQ', numeric: '901', region: 'europe', names: testCountryNames('XQA') },
    }),
    [401, 201, 403, 403, 403, 403],
  ],

  'GET /api/assessments': [({ as }) => ({ method: 'GET', url: '/api/assessments', headers: as }), [401, 200, 200, 200, 200, 200]],
  'GET /api/assessments/:assessmentId': [({ fx, as }) => ({ method: 'GET', url: A(fx), headers: as }), [401, 200, 200, 200, 404, 200]],
  'PUT /api/assessments/:assessmentId/answers/:questionKey': [
    ({ fx, as }) => ({ method: 'PUT', url: A(fx, '/answers/technical.staff'), headers: { ...as, 'idempotency-key': idempotencyKey() }, payload: saveBody }),
    [401, 403, 403, 403, 404, 200],
  ],
  'POST /api/assessments/:assessmentId/answers/:questionKey/confirm': [
    async ({ fx, as }) => {
      await db()
        .updateTable('answers')
        .set({ carriedOver: true })
        .where('assessmentId', '=', fx.assessmentId)
        .where('questionKey', '=', 'technical.staff')
        .execute();
      return { method: 'POST', url: A(fx, '/answers/technical.staff/confirm'), headers: as, payload: { baseVersion: 1 } };
    },
    [401, 403, 403, 403, 404, 200],
  ],
  'GET /api/assessments/:assessmentId/answers/:questionKey/history': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/answers/legal.law/history'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'POST /api/assessments/:assessmentId/answers/:questionKey/evidence': [
    ({ fx, as }) => ({ method: 'POST', url: A(fx, '/answers/legal.law/evidence'), headers: as, payload: { title: 'Act', url: 'https://example.org/act' } }),
    [401, 403, 403, 403, 404, 201],
  ],
  'POST /api/assessments/:assessmentId/answers/:questionKey/evidence/upload': [
    ({ fx, as }) => {
      const body = multipartFile('act.pdf', samplePdf());
      return { method: 'POST', url: A(fx, '/answers/legal.law/evidence/upload'), headers: { ...as, ...body.headers }, payload: body.payload };
    },
    [401, 403, 403, 403, 404, 201],
  ],
  'DELETE /api/evidence/:evidenceId': [
    ({ fx, as }) => ({ method: 'DELETE', url: `/api/evidence/${fx.evidenceId}`, headers: as }),
    [401, 403, 403, 403, 404, 204],
  ],
  // the library of national practice: consent by the country's focal points, confirmation by staff
  'PUT /api/evidence/:evidenceId/sharing': [
    ({ fx, as }) => ({ method: 'PUT', url: `/api/evidence/${fx.evidenceId}/sharing`, headers: as, payload: { mayPublish: true, type: 'law', language: 'en' } }),
    [401, 403, 403, 403, 404, 200],
  ],
  'PUT /api/evidence/:evidenceId/sharing/confirmation': [
    // the fixture's document has no consent: staff may ask, and are told there is nothing to confirm
    ({ fx, as }) => ({ method: 'PUT', url: `/api/evidence/${fx.evidenceId}/sharing/confirmation`, headers: as, payload: { confirmed: true } }),
    [401, 409, 403, 409, 403, 403],
  ],
  'GET /api/public/practice': [({ as }) => ({ method: 'GET', url: '/api/public/practice', headers: as }), [200, 200, 200, 200, 200, 200]],
  'GET /api/public/cycles/:year/countries/:iso3/practice': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/countries/KEN/practice`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  // an item nobody allowed: no document, whoever asks
  'GET /api/public/practice/:evidenceId/file': [
    ({ fx, as }) => ({ method: 'GET', url: `/api/public/practice/${fx.evidenceId}/file`, headers: as }),
    [404, 404, 404, 404, 404, 404],
  ],
  // from gaps to action: the catalogue (administrators), plans and requests (the country's focal points and staff), demand (analysts)
  'GET /api/capacity/programmes': [({ as }) => ({ method: 'GET', url: '/api/capacity/programmes', headers: as }), [401, 200, 200, 200, 403, 403]],
  'POST /api/capacity/programmes': [
    ({ as }) => ({ method: 'POST', url: '/api/capacity/programmes', headers: as, payload: {} }),
    [401, 400, 403, 403, 403, 403],
  ],
  'PUT /api/capacity/programmes/:programmeId': [
    ({ as }) => ({
      method: 'PUT',
      url: `/api/capacity/programmes/${randomUUID()}`,
      headers: as,
      payload: { title: 'T', provider: 'P', indicators: ['legal.law'], languages: ['en'], format: 'online' },
    }),
    [401, 404, 403, 403, 403, 403],
  ],
  'DELETE /api/capacity/programmes/:programmeId': [
    ({ as }) => ({ method: 'DELETE', url: `/api/capacity/programmes/${randomUUID()}`, headers: as }),
    [401, 404, 403, 403, 403, 403],
  ],
  'GET /api/planner/:iso3': [({ as }) => ({ method: 'GET', url: '/api/planner/KEN', headers: as }), [401, 200, 200, 200, 404, 200]],
  'GET /api/planner/:iso3/requests': [({ as }) => ({ method: 'GET', url: '/api/planner/KEN/requests', headers: as }), [401, 200, 200, 200, 404, 200]],
  // the toy methodology has no indicators: Kenya's focal point passes the door and is told so (422)
  'POST /api/planner/:iso3/requests': [
    ({ as }) => ({ method: 'POST', url: '/api/planner/KEN/requests', headers: as, payload: { indicatorKey: 'legal.law' } }),
    [401, 403, 403, 403, 404, 422],
  ],
  'GET /api/assistance-requests': [({ as }) => ({ method: 'GET', url: '/api/assistance-requests', headers: as }), [401, 200, 200, 403, 403, 403]],
  'POST /api/assistance-requests/:requestId/transitions': [
    ({ as }) => ({ method: 'POST', url: `/api/assistance-requests/${randomUUID()}/transitions`, headers: as, payload: { to: 'closed' } }),
    [401, 404, 404, 403, 404, 404],
  ],
  'POST /api/assistance-requests/:requestId/comments': [
    ({ as }) => ({ method: 'POST', url: `/api/assistance-requests/${randomUUID()}/comments`, headers: as, payload: { body: 'Hello' } }),
    [401, 404, 404, 403, 404, 404],
  ],
  'GET /api/planner/:iso3/peer-offers': [({ as }) => ({ method: 'GET', url: '/api/planner/KEN/peer-offers', headers: as }), [401, 200, 200, 200, 404, 200]],
  'PUT /api/planner/:iso3/peer-offers/:indicatorKey': [
    ({ as }) => ({ method: 'PUT', url: '/api/planner/KEN/peer-offers/legal.law', headers: as, payload: { offered: false } }),
    [401, 403, 403, 403, 404, 200],
  ],
  'GET /api/capacity/demand': [({ as }) => ({ method: 'GET', url: '/api/capacity/demand', headers: as }), [401, 200, 200, 403, 403, 403]],
  'GET /api/capacity/demand.csv': [({ as }) => ({ method: 'GET', url: '/api/capacity/demand.csv', headers: as }), [401, 200, 200, 403, 403, 403]],
  'GET /api/capacity/demand.xlsx': [({ as }) => ({ method: 'GET', url: '/api/capacity/demand.xlsx', headers: as }), [401, 200, 200, 403, 403, 403]],
  'GET /api/evidence/:evidenceId/download': [
    ({ fx, as }) => ({ method: 'GET', url: `/api/evidence/${fx.evidenceId}/download`, headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'POST /api/assessments/:assessmentId/prefill': [
    async ({ as, later }) => ({ method: 'POST', url: `/api/assessments/${await later()}/prefill`, headers: as }),
    [401, 403, 403, 403, 404, 200],
  ],
  'POST /api/assessments/:assessmentId/prefill/decline': [
    async ({ as, later }) => ({ method: 'POST', url: `/api/assessments/${await later()}/prefill/decline`, headers: as }),
    [401, 403, 403, 403, 404, 200],
  ],
  'GET /api/assessments/:assessmentId/submission-check': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/submission-check'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'POST /api/assessments/:assessmentId/submit': [({ fx, as }) => ({ method: 'POST', url: A(fx, '/submit'), headers: as }), [401, 403, 403, 403, 404, 200]],

  'GET /api/review/queue': [({ as }) => ({ method: 'GET', url: '/api/review/queue', headers: as }), [401, 200, 200, 200, 403, 403]],
  'POST /api/assessments/:assessmentId/transitions': [
    ({ fx, as }) => ({ method: 'POST', url: A(fx, '/transitions'), headers: as, payload: { action: 'submit' } }),
    [401, 403, 403, 403, 404, 200],
  ],
  'PUT /api/assessments/:assessmentId/deadline': [
    ({ fx, as }) => ({ method: 'PUT', url: A(fx, '/deadline'), headers: as, payload: { deadline: null } }),
    [401, 204, 403, 403, 403, 403],
  ],
  'GET /api/assessments/:assessmentId/threads': [({ fx, as }) => ({ method: 'GET', url: A(fx, '/threads'), headers: as }), [401, 200, 200, 200, 404, 200]],
  'POST /api/assessments/:assessmentId/threads': [
    ({ fx, as }) => ({ method: 'POST', url: A(fx, '/threads'), headers: as, payload: { questionKey: 'legal.law', body: 'Which act?' } }),
    [401, 201, 403, 201, 404, 201],
  ],
  'POST /api/threads/:threadId/comments': [
    async ({ as, thread }) => ({ method: 'POST', url: `/api/threads/${await thread()}/comments`, headers: as, payload: { body: 'Act No. 5' } }),
    [401, 204, 403, 204, 404, 204],
  ],
  'POST /api/threads/:threadId/resolve': [
    async ({ as, thread }) => ({ method: 'POST', url: `/api/threads/${await thread()}/resolve`, headers: as }),
    [401, 204, 403, 204, 403, 403],
  ],
  'GET /api/assessments/:assessmentId/provisional-result': [
    async ({ fx, as, setStatus }) => (await setStatus('validated'), { method: 'GET', url: A(fx, '/provisional-result'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'GET /api/assessments/:assessmentId/resubmission-diff': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/resubmission-diff'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'GET /api/assessments/:assessmentId/revision-request': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/revision-request'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'PUT /api/assessments/:assessmentId/answers/:questionKey/correction': [
    async ({ fx, as, setStatus }) => {
      await setStatus('in_review');
      const { version } = await db()
        .selectFrom('answers')
        .select('version')
        .where('assessmentId', '=', fx.assessmentId)
        .where('questionKey', '=', 'technical.staff')
        .executeTakeFirstOrThrow();
      return {
        method: 'PUT',
        url: A(fx, '/answers/technical.staff/correction'),
        headers: as,
        payload: { value: 14, baseVersion: version, reason: 'Per the 2030 annual report' },
      };
    },
    [401, 200, 403, 200, 403, 403],
  ],
  'GET /api/notifications': [({ as }) => ({ method: 'GET', url: '/api/notifications', headers: as }), [401, 200, 200, 200, 200, 200]],
  'POST /api/notifications/read': [({ as }) => ({ method: 'POST', url: '/api/notifications/read', headers: as, payload: {} }), [401, 204, 204, 204, 204, 204]],
  'GET /api/audit': [({ as }) => ({ method: 'GET', url: '/api/audit', headers: as }), [401, 200, 403, 403, 403, 403]],
  'GET /api/audit/export.csv': [({ as }) => ({ method: 'GET', url: '/api/audit/export.csv', headers: as }), [401, 200, 403, 403, 403, 403]],
  'GET /api/admin/mail': [({ as }) => ({ method: 'GET', url: '/api/admin/mail?status=dead', headers: as }), [401, 200, 403, 403, 403, 403]],
  // no such message: the door opens for admins only (404 behind it)
  'POST /api/admin/mail/:mailId/resend': [
    ({ as }) => ({ method: 'POST', url: `/api/admin/mail/${randomUUID()}/resend`, headers: as }),
    [401, 404, 403, 403, 403, 403],
  ],

  // the analyst workbench; an empty body (400) shows the door opened without changing anything
  'GET /api/methodologies': [({ as }) => ({ method: 'GET', url: '/api/methodologies', headers: as }), [401, 200, 200, 200, 200, 200]],
  'GET /api/methodologies/:versionId': [
    ({ as }) => ({ method: 'GET', url: `/api/methodologies/${methodologyVersionId}`, headers: as }),
    [401, 200, 200, 200, 200, 200],
  ],
  'POST /api/methodologies': [({ as }) => ({ method: 'POST', url: '/api/methodologies', headers: as, payload: {} }), [401, 400, 400, 403, 403, 403]],
  'PUT /api/methodologies/:versionId': [
    ({ as }) => ({ method: 'PUT', url: `/api/methodologies/${methodologyVersionId}`, headers: as, payload: {} }),
    [401, 400, 400, 403, 403, 403],
  ],
  'POST /api/methodologies/:versionId/status': [
    ({ as }) => ({ method: 'POST', url: `/api/methodologies/${methodologyVersionId}/status`, headers: as, payload: {} }),
    [401, 400, 400, 403, 403, 403],
  ],
  'GET /api/methodologies/:versionId/export.xlsx': [
    ({ as }) => ({ method: 'GET', url: `/api/methodologies/${methodologyVersionId}/export.xlsx`, headers: as }),
    [401, 200, 200, 200, 200, 200],
  ],
  // a file that is not a workbook (415) shows the door opened without writing anything
  'POST /api/methodologies/import': [
    ({ as }) => {
      const body = multipartFile('methodology.xlsx', samplePdf());
      return { method: 'POST', url: '/api/methodologies/import', headers: { ...as, ...body.headers }, payload: body.payload };
    },
    [401, 415, 415, 403, 403, 403],
  ],
  // a results file with too few columns: the preview lists the problem (200), the import refuses it (400), nothing is written
  'POST /api/imports/results/preview': [
    ({ as }) => {
      const body = multipartFile('results.csv', Buffer.from('iso3,legal\nKEN,12\n'), { year: '2019', name: 'GCI 2019' }, 'text/csv');
      return { method: 'POST', url: '/api/imports/results/preview', headers: { ...as, ...body.headers }, payload: body.payload };
    },
    [401, 200, 403, 403, 403, 403],
  ],
  'POST /api/imports/results': [
    ({ as }) => {
      const body = multipartFile('results.csv', Buffer.from('iso3,legal\nKEN,12\n'), { year: '2019', name: 'GCI 2019' }, 'text/csv');
      return { method: 'POST', url: '/api/imports/results', headers: { ...as, ...body.headers }, payload: body.payload };
    },
    [401, 400, 403, 403, 403, 403],
  ],
  'GET /api/assessments/:assessmentId/export.xlsx': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/export.xlsx'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  'GET /api/assessments/:assessmentId/export.csv': [
    ({ fx, as }) => ({ method: 'GET', url: A(fx, '/export.csv'), headers: as }),
    [401, 200, 200, 200, 404, 200],
  ],
  // an unknown cycle: staff who may export learn it does not exist, the others are refused at the door
  'GET /api/cycles/:cycleId/exports/answers.xlsx': [
    ({ as }) => ({ method: 'GET', url: `/api/cycles/${randomUUID()}/exports/answers.xlsx`, headers: as }),
    [401, 404, 404, 403, 403, 403],
  ],
  'GET /api/cycles/:cycleId/exports/answers.csv': [
    ({ as }) => ({ method: 'GET', url: `/api/cycles/${randomUUID()}/exports/answers.csv`, headers: as }),
    [401, 404, 404, 403, 403, 403],
  ],
  'GET /api/public/cycles/:year/downloads/results.xlsx': [
    ({ as }) => ({ method: 'GET', url: `/api/public/cycles/${PUBLISHED_YEAR}/downloads/results.xlsx`, headers: as }),
    [200, 200, 200, 200, 200, 200],
  ],
  'GET /api/methodologies/:versionId/diff/:otherId': [
    ({ as }) => ({ method: 'GET', url: `/api/methodologies/${methodologyVersionId}/diff/${methodologyVersionId}`, headers: as }),
    [401, 200, 200, 200, 200, 200],
  ],
  'GET /api/methodologies/:versionId/consultation': [
    ({ as }) => ({ method: 'GET', url: `/api/methodologies/${methodologyVersionId}/consultation`, headers: as }),
    [401, 200, 200, 200, 200, 200],
  ],
  'POST /api/methodologies/:versionId/consultation': [
    ({ as }) => ({ method: 'POST', url: `/api/methodologies/${methodologyVersionId}/consultation`, headers: as, payload: {} }),
    [401, 403, 403, 403, 400, 400],
  ],
  'POST /api/consultation-comments/:commentId/response': [
    ({ as }) => ({ method: 'POST', url: `/api/consultation-comments/${randomUUID()}/response`, headers: as, payload: {} }),
    [401, 400, 400, 403, 403, 403],
  ],
  'GET /api/workbench/cycles/:year': [
    ({ as }) => ({ method: 'GET', url: `/api/workbench/cycles/${PUBLISHED_YEAR}`, headers: as }),
    [401, 200, 200, 403, 403, 403],
  ],
  'GET /api/workbench/cycles/:year/backcast': [
    ({ as }) => ({ method: 'GET', url: `/api/workbench/cycles/${PUBLISHED_YEAR}/backcast?version=${methodologyVersionId}`, headers: as }),
    [401, 200, 200, 403, 403, 403],
  ],
  'GET /api/scenarios': [({ as }) => ({ method: 'GET', url: '/api/scenarios', headers: as }), [401, 200, 200, 403, 403, 403]],
  'GET /api/scenarios/:scenarioId': [({ as }) => ({ method: 'GET', url: `/api/scenarios/${randomUUID()}`, headers: as }), [401, 404, 404, 403, 403, 403]],
  'POST /api/scenarios': [({ as }) => ({ method: 'POST', url: '/api/scenarios', headers: as, payload: {} }), [401, 400, 400, 403, 403, 403]],
  'GET /api/cycles': [({ as }) => ({ method: 'GET', url: '/api/cycles', headers: as }), [401, 200, 200, 200, 403, 403]],
  'GET /api/cycles/setup': [({ as }) => ({ method: 'GET', url: '/api/cycles/setup', headers: as }), [401, 200, 403, 403, 403, 403]],
  'POST /api/cycles': [({ as }) => ({ method: 'POST', url: '/api/cycles', headers: as, payload: {} }), [401, 400, 403, 403, 403, 403]],
  'GET /api/cycles/:cycleId': [({ as }) => ({ method: 'GET', url: `/api/cycles/${randomUUID()}`, headers: as }), [401, 404, 404, 404, 403, 403]],
  'PATCH /api/cycles/:cycleId': [
    ({ as }) => ({ method: 'PATCH', url: `/api/cycles/${randomUUID()}`, headers: as, payload: { name: 'Renamed' } }),
    [401, 404, 403, 403, 403, 403],
  ],
  'POST /api/cycles/:cycleId/open': [({ as }) => ({ method: 'POST', url: `/api/cycles/${randomUUID()}/open`, headers: as }), [401, 404, 403, 403, 403, 403]],
  'POST /api/cycles/:cycleId/close': [
    ({ as }) => ({ method: 'POST', url: `/api/cycles/${randomUUID()}/close`, headers: as, payload: {} }),
    [401, 404, 403, 403, 403, 403],
  ],
  'POST /api/cycles/:cycleId/start-validation': [
    ({ as }) => ({ method: 'POST', url: `/api/cycles/${randomUUID()}/start-validation`, headers: as }),
    [401, 404, 403, 403, 403, 403],
  ],
  'POST /api/cycles/:cycleId/end-validation': [
    ({ as }) => ({ method: 'POST', url: `/api/cycles/${randomUUID()}/end-validation`, headers: as }),
    [401, 404, 403, 403, 403, 403],
  ],
  'POST /api/cycles/:cycleId/publish': [
    ({ as }) => ({ method: 'POST', url: `/api/cycles/${randomUUID()}/publish`, headers: as, payload: {} }),
    [401, 404, 404, 403, 403, 403],
  ],
};

let handle: DatabaseHandle;
let app: FastifyInstance;
let methodologyVersionId: string;
let PUBLISHED_YEAR: number;
let throwaway: { id: string; email: string };
const sessions = {} as Record<Principal, Record<string, string>>;
const db = () => handle.db;
const countryVersion = async (iso3: string) =>
  (await db().selectFrom('countries').select('version').where('iso3', '=', iso3).executeTakeFirstOrThrow()).version;

async function newSession(principal: Principal): Promise<Record<string, string>> {
  if (principal === 'anonymous') return {};
  const user =
    principal === 'focalA'
      ? await createUser(db(), 'focal_point', 'KEN')
      : principal === 'focalB'
        ? await createUser(db(), 'focal_point', 'FRA')
        : await createUser(db(), principal);
  return (await signIn(app, user)).headers;
}

async function newFixture(): Promise<Fixture> {
  const cycle = await createCycle(db(), { methodologyVersionId, countries: ['KEN', 'FRA'] });
  const assessmentId = cycle.assessments.KEN!;
  await insertCompleteToyAnswers(db(), assessmentId);
  await db().updateTable('assessments').set({ status: 'in_progress' }).where('id', '=', assessmentId).execute();
  const law = await db()
    .selectFrom('answers')
    .select('id')
    .where('assessmentId', '=', assessmentId)
    .where('questionKey', '=', 'legal.law')
    .executeTakeFirstOrThrow();
  return { assessmentId, evidenceId: await insertFileEvidence(db(), law.id, samplePdf()) };
}

describe('the access matrix', () => {
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(db(), 'KEN');
    await createCountry(db(), 'FRA');
    ({ id: methodologyVersionId } = await createPublishedMethodology(db()));
    const published = await createCycle(db(), { methodologyVersionId, countries: ['KEN', 'FRA'], status: 'closed' });
    await insertCompleteToyAnswers(db(), published.assessments.KEN!);
    await publishCycle(db(), { cycleId: published.id, publishedBy: null });
    PUBLISHED_YEAR = published.year;
    throwaway = await createUser(db(), 'focal_point', 'FRA');
    for (const p of PRINCIPALS) sessions[p] = await newSession(p);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('has a row for every route in the access table, and every row names a real route', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
    for (const key of Object.keys(ROUTE_ACCESS)) {
      const [method, url] = key.split(' ') as [InjectOptions['method'], string];
      expect(app.hasRoute({ method: method!, url }), key).toBe(true);
    }
  });

  it('has a row in the access table for every /api route the app serves', () => {
    // printRoutes lists every method on a path; rebuild each "METHOD /path" from its tree
    const served = new Set<string>();
    const stack: string[] = [];
    for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
      const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
      if (!match) continue;
      const depth = match[1]!.length / 4;
      stack.length = depth;
      stack.push(match[2]!);
      const path = stack.join('').replace(/\/+/g, '/');
      for (const method of (match[3] ?? '').split(', ').filter((m) => m && m !== 'HEAD')) if (path.startsWith('/api/')) served.add(`${method} ${path}`);
    }
    expect(served.size).toBeGreaterThan(20);
    expect([...served].filter((route) => !(route in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((route) => !served.has(route))).toEqual([]);
  });

  describe.each(Object.entries(MATRIX))('%s', (route, [request, expected]) => {
    let rowFixture: Promise<Fixture> | undefined;
    let laterAssessment: Promise<string> | undefined;
    it.each(PRINCIPALS.map((p, i) => [p, expected[i]!] as const))('as %s → %i', async (principal, status) => {
      // only rows that name Kenya's objects need them (a cycle each: years are unique and limited)
      const fx = /:(assessmentId|evidenceId|threadId)/.test(route) ? await (rowFixture ??= newFixture()) : ({} as Fixture);
      const cell: Cell = {
        fx,
        as: sessions[principal],
        fresh: () => newSession(principal),
        setStatus: async (s) => void (await db().updateTable('assessments').set({ status: s }).where('id', '=', fx.assessmentId).execute()),
        thread: async () => {
          const res = await app.inject({
            method: 'POST',
            url: A(fx, '/threads'),
            headers: sessions.reviewer,
            payload: { questionKey: null, body: 'Please clarify' },
          });
          return res.json().id as string;
        },
        later: () => (laterAssessment ??= createCycle(db(), { methodologyVersionId, countries: ['KEN', 'FRA'] }).then((c) => c.assessments.KEN!)),
      };
      const res = await app.inject(await request(cell));
      expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
      if (status === 404) expect(res.json()).toMatchObject({ code: 'not_found' });
    });
  });
});
