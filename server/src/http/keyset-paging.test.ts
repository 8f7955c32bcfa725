import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../test/test-db.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session, type TestUser } from '../../test/factories.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { recordAudit } from '../modules/audit/audit.ts';
import { insertNotifications } from '../modules/notifications/notifications.repository.ts';

const COUNTRIES = ['KEN', 'FRA', 'BRA', 'EGY', 'IND', 'KAZ'] as const;

/**
 * The audit log, the review queue and the notifications are read a page at a time by cursor
 * (`?after=` the previous page's `next`): a walk sees every row once, even while rows are added.
 */
describe('keyset paging', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: Session;
  let reviewer: Session;
  let reviewerUser: TestUser;
  let versionId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    for (const iso3 of COUNTRIES) await createCountry(handle.db, iso3);
    admin = await signIn(app, await createUser(handle.db, 'admin'));
    reviewerUser = await createUser(handle.db, 'reviewer');
    reviewer = await signIn(app, reviewerUser);
    versionId = (await createPublishedMethodology(handle.db)).id;
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  /** Follows `next` from the first page to the last, calling `between` after each page. */
  async function walk<Row>(session: Session, url: (after: string | null) => string, rowsOf: (body: never) => Row[], between?: (page: number) => Promise<void>) {
    const seen: Row[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response: { statusCode: number; body: string; json: () => unknown } = await app.inject({ url: url(after), headers: session.headers });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      seen.push(...rowsOf(body as never));
      after = (body as { next: string | null }).next;
      if (after === null) return seen;
      await between?.(page);
    }
    throw new Error('the walk did not end');
  }

  it('walks the audit log newest first, each entry once, while entries are added', async () => {
    const base = new Date('2026-03-01T10:00:00Z');
    const audit = (n: number, at: Date) =>
      recordAudit(
        handle.db,
        { actor: reviewerUser, action: 'paging.test', entityType: 'test', entityId: `p${n}`, country: 'KEN', before: null, after: null, ip: null },
        at,
      );
    for (let i = 0; i < 10; i++) await audit(i, new Date(base.getTime() + i * 60_000));
    let added = 100;
    const seen = await walk(
      admin,
      (after) => `/api/audit?action=paging.&limit=3${after ? `&after=${after}` : ''}`,
      (body: { entries: { id: number; entityId: string }[] }) => body.entries,
      // newer entries land before the cursor: they are not in this walk, and shift nothing in it
      () => audit(added++, new Date(base.getTime() + added * 60_000)),
    );
    const ids = seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(seen.map((e) => e.entityId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}`).sort());
    // the next walk starts from the newest and sees the added ones too
    const again = await walk(
      admin,
      (after) => `/api/audit?action=paging.&limit=4${after ? `&after=${after}` : ''}`,
      (body: { entries: unknown[] }) => body.entries,
    );
    expect(again).toHaveLength(10 + (added - 100));
  });

  it('walks the review queue (awaiting review first, then by deadline), each assessment once, including those added after the cursor', async () => {
    // two cycles with one deadline each: ties broken by country then id
    const first = await createCycle(handle.db, { methodologyVersionId: versionId, countries: [...COUNTRIES], closesAt: new Date('2090-01-01T00:00:00Z') });
    const second = await createCycle(handle.db, { methodologyVersionId: versionId, countries: [...COUNTRIES], closesAt: new Date('2090-01-01T00:00:00Z') });
    const expected = new Set([...Object.values(first.assessments), ...Object.values(second.assessments)]);
    // what waits for review leads the queue, whatever its deadline
    const submitted = second.assessments.KAZ!;
    await handle.db.updateTable('assessments').set({ status: 'submitted', submittedAt: new Date() }).where('id', '=', submitted).execute();
    const seen = await walk(
      reviewer,
      (after) => `/api/review/queue?limit=4${after ? `&after=${after}` : ''}`,
      (body: { items: { id: string; status: string; deadline: string; country: { iso3: string } }[] }) => body.items,
      async (page) => {
        if (page !== 0) return;
        // a cycle closing later sorts after every page read so far: the walk must reach it
        const later = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'], closesAt: new Date('2095-01-01T00:00:00Z') });
        for (const id of Object.values(later.assessments)) expected.add(id);
      },
    );
    const ids = seen.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expected);
    expect(seen[0], JSON.stringify(seen.map((i) => [i.id === submitted, i.status, i.deadline]))).toMatchObject({ id: submitted });
    const keys = seen.map((i) => `${i.status === 'submitted' ? 0 : 1}|${i.deadline}|${i.country.iso3}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters the queue by country and offers the countries of the cycle', async () => {
    const cycle = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['EGY', 'IND'] });
    const response = await app.inject({ url: `/api/review/queue?cycle=${cycle.year}&country=EGY`, headers: reviewer.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: { id: string }[]; next: string | null; countries: { iso3: string }[] }>();
    expect(body.items.map((i) => i.id)).toEqual([cycle.assessments.EGY]);
    expect(body.next).toBeNull();
    expect(body.countries.map((c) => c.iso3)).toEqual(['EGY', 'IND']);
  });

  it('walks notifications newest first, each once, ties included, and reaches older ones added mid-walk', async () => {
    const at = new Date('2026-05-01T12:00:00Z');
    const notice = (title: string) => ({ userId: reviewerUser.id, kind: 'comment', title, link: null, assessmentId: null });
    // seven at the same instant: only the id tells them apart
    await insertNotifications(
      handle.db,
      Array.from({ length: 7 }, (_, i) => notice(`same ${i}`)),
      at,
    );
    const expected = new Set(Array.from({ length: 7 }, (_, i) => `same ${i}`));
    const seen = await walk(
      reviewer,
      (after) => `/api/notifications?limit=3${after ? `&after=${after}` : ''}`,
      (body: { notifications: { title: string; createdAt: string }[] }) => body.notifications,
      async (page) => {
        if (page !== 0) return;
        await insertNotifications(handle.db, [notice('older')], new Date(at.getTime() - 60_000));
        await insertNotifications(handle.db, [notice('newer')], new Date(at.getTime() + 60_000));
        expected.add('older');
      },
    );
    const titles = seen.map((n) => n.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(titles)).toEqual(expected);
    expect(titles.at(-1)).toBe('older');
  });

  it('refuses a cursor it did not write (400 on query.after), and writes nothing', async () => {
    const forged = Buffer.from(JSON.stringify(["1'; drop table audit_log; --"])).toString('base64url');
    for (const url of ['/api/audit?after=', '/api/review/queue?after=', '/api/notifications?after=']) {
      for (const cursor of [forged, 'bm90LWpzb24']) {
        const response = await app.inject({ url: `${url}${cursor}`, headers: url.includes('audit') ? admin.headers : reviewer.headers });
        expect(response.statusCode, `${url}${cursor}`).toBe(400);
        expect(response.json()).toMatchObject({ code: 'validation_failed', field: 'query.after' });
      }
    }
  });
});
