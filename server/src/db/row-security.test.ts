import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '../../test/test-db.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, insertAnswer, insertFileEvidence, type TestUser } from '../../test/factories.ts';
import type { AppDb, DatabaseHandle, Db } from './database.ts';
import { APP_ROLE, NO_ROWS, PUBLIC_ROWS, runWithRowScope, type RowScope } from './row-scope.ts';
import { recordAudit, verifyAuditChain } from '../modules/audit/audit.ts';
import { publishCycle } from '../modules/publication/publication.service.ts';

const MARKER = 'RLS-MARKER-KEN-9d41';

/** Every table holding a country's rows, with how to tell that a row is Kenya's. */
const KENYA_ROWS: Record<string, (db: Db | AppDb, kenya: string[]) => Promise<unknown[]>> = {
  assessments: (db, a) => db.selectFrom('assessments').select('id').where('id', 'in', a).execute(),
  answers: (db, a) => db.selectFrom('answers').select('id').where('assessmentId', 'in', a).execute(),
  answer_history: (db, a) => db.selectFrom('answerHistory').select('id').where('assessmentId', 'in', a).execute(),
  comment_threads: (db, a) => db.selectFrom('commentThreads').select('id').where('assessmentId', 'in', a).execute(),
  submissions: (db, a) => db.selectFrom('submissions').select('id').where('assessmentId', 'in', a).execute(),
  revision_requests: (db, a) => db.selectFrom('revisionRequests').select('id').where('assessmentId', 'in', a).execute(),
  evidence: (db) => db.selectFrom('evidence').select('id').where('title', 'like', `${MARKER}%`).execute(),
  evidence_blobs: (db) =>
    db
      .selectFrom('evidenceBlobs')
      .select('sha256')
      .where(sql<boolean>`position(${MARKER} in convert_from(content, 'UTF8')) > 0`)
      .execute(),
  comments: (db) => db.selectFrom('comments').select('id').where('body', 'like', `${MARKER}%`).execute(),
  notifications: (db) => db.selectFrom('notifications').select('id').where('title', 'like', `${MARKER}%`).execute(),
  mail_outbox: (db) => db.selectFrom('mailOutbox').select('id').where('subject', 'like', `${MARKER}%`).execute(),
  idempotency_keys: (db) => db.selectFrom('idempotencyKeys').select('key').where('key', 'like', `${MARKER}%`).execute(),
  audit_log: (db) => db.selectFrom('auditLog').select('id').where('countryIso3', '=', 'KEN').execute(),
};

/**
 * PostgreSQL row-level security behind the services' checks: the application's database handle
 * runs as a non-owner role with the caller set per transaction, so a query that forgets its
 * country filter still finds nothing of another country, and the audit log cannot be rewritten.
 */
describe('row-level security under the application role', () => {
  let handle: DatabaseHandle;
  let db: Db;
  let appDb: AppDb;
  let kenTeam: TestUser;
  let fraTeam: TestUser;
  let admin: TestUser;
  let reviewer: TestUser;
  let open: { id: string; assessments: Record<string, string> };
  let published: { id: string; assessments: Record<string, string> };
  let kenAnswer: string;
  let kenya: string[];

  const asTeam = (user: TestUser): RowScope => ({ kind: 'country', userId: user.id, role: 'focal_point', country: user.country! });
  const asStaff = (user: TestUser): RowScope => ({ kind: 'all', userId: user.id, role: user.role as 'admin' | 'reviewer' });
  const kenyaRowsSeenBy = async (scope: RowScope) =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(KENYA_ROWS).map(async ([table, find]) => [table, (await runWithRowScope(scope, () => find(appDb, kenya))).length] as const),
      ),
    );

  beforeAll(async () => {
    handle = await createTestDb();
    ({ db, appDb } = handle);
    await createCountry(db, 'KEN');
    await createCountry(db, 'FRA');
    const { id: versionId } = await createPublishedMethodology(db);
    published = await createCycle(db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'], status: 'closed' });
    open = await createCycle(db, { methodologyVersionId: versionId, countries: ['KEN', 'FRA'] });
    kenTeam = await createUser(db, 'focal_point', 'KEN');
    fraTeam = await createUser(db, 'focal_point', 'FRA');
    admin = await createUser(db, 'admin');
    reviewer = await createUser(db, 'reviewer');
    kenya = [open.assessments.KEN!, published.assessments.KEN!];

    // Kenya's rows in every country-scoped table, set up as the owner (who is not subject to the policies)
    const ken = open.assessments.KEN!;
    kenAnswer = (await insertAnswer(db, { assessmentId: ken, questionKey: 'legal.spam_detail', value: `${MARKER} answer`, userId: kenTeam.id })).id;
    await db
      .insertInto('answerHistory')
      .values({
        answerId: kenAnswer,
        assessmentId: ken,
        questionKey: 'legal.spam_detail',
        version: 1,
        after: JSON.stringify(`${MARKER} answer`),
        changedBy: kenTeam.id,
      })
      .execute();
    await db
      .insertInto('evidence')
      .values({ answerId: kenAnswer, kind: 'link', title: `${MARKER} link`, url: 'https://example.org/ken' })
      .execute();
    const file = await insertFileEvidence(db, kenAnswer, new TextEncoder().encode(`%PDF-1.4 ${MARKER}`));
    await db
      .updateTable('evidence')
      .set({ title: `${MARKER} file` })
      .where('id', '=', file)
      .execute();
    const thread = await db
      .insertInto('commentThreads')
      .values({ assessmentId: ken, questionKey: 'legal.spam', createdBy: reviewer.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('comments')
      .values({ threadId: thread.id, authorId: kenTeam.id, body: `${MARKER} comment` })
      .execute();
    await db
      .insertInto('submissions')
      .values({ assessmentId: ken, kind: 'submit', snapshot: JSON.stringify({ note: MARKER }), submittedBy: kenTeam.id })
      .execute();
    await db
      .insertInto('revisionRequests')
      .values({ assessmentId: ken, questionKeys: JSON.stringify(['legal.spam']), comment: MARKER, createdBy: reviewer.id })
      .execute();
    await db
      .insertInto('notifications')
      .values({ userId: kenTeam.id, kind: 'comment', title: `${MARKER} notice`, assessmentId: ken })
      .execute();
    await db
      .insertInto('mailOutbox')
      .values({ toEmail: kenTeam.email, subject: `${MARKER} mail`, body: MARKER })
      .execute();
    await db
      .insertInto('idempotencyKeys')
      .values({ userId: kenTeam.id, key: `${MARKER}-key`, requestHash: 'x', statusCode: 200, response: JSON.stringify({ value: MARKER }) })
      .execute();
    await recordAudit(
      db,
      {
        actor: { id: kenTeam.id, email: kenTeam.email },
        action: 'answer.saved',
        entityType: 'answer',
        entityId: kenAnswer,
        country: 'KEN',
        after: { value: MARKER },
      },
      new Date(),
    );
    // the published cycle: an answer of each country, public once the cycle is published
    await insertAnswer(db, { assessmentId: published.assessments.KEN!, questionKey: 'legal.law', value: true });
    await insertAnswer(db, { assessmentId: published.assessments.FRA!, questionKey: 'legal.law', value: false });
    await publishCycle(db, { cycleId: published.id, publishedBy: null });
  });
  afterAll(() => handle?.close());

  it('the owner sees every row (the set-up is really there)', async () => {
    const counts = Object.fromEntries(
      await Promise.all(Object.entries(KENYA_ROWS).map(async ([table, find]) => [table, (await find(db, kenya)).length] as const)),
    );
    for (const [table, n] of Object.entries(counts)) expect(n, table).toBeGreaterThan(0);
  });

  it("a query that forgets its country filter finds none of another country's rows", async () => {
    const seen = await kenyaRowsSeenBy(asTeam(fraTeam));
    expect(seen).toEqual(Object.fromEntries(Object.keys(KENYA_ROWS).map((t) => [t, 0])));
    // the unfiltered read returns France's own rows, so the scope is not simply "nothing"
    const assessments = await runWithRowScope(asTeam(fraTeam), () => appDb.selectFrom('assessments').select('countryIso3').execute());
    expect(assessments.map((a) => a.countryIso3.trim())).toEqual(['FRA', 'FRA']);
  });

  it("a focal point sees their own country's rows, other users' notices and keys excepted", async () => {
    const seen = await kenyaRowsSeenBy(asTeam(kenTeam));
    expect(seen).toMatchObject({
      assessments: 2,
      answers: 2,
      answer_history: 1,
      evidence: 2,
      evidence_blobs: 1,
      comments: 1,
      comment_threads: 1,
      submissions: 1,
      revision_requests: 1,
      notifications: 1,
      idempotency_keys: 1,
    });
    // the mail outbox and the audit log are not the team's to read
    expect(seen).toMatchObject({ mail_outbox: 0, audit_log: 0 });
    const otherKenyan = await createUser(db, 'focal_point', 'KEN');
    expect(await kenyaRowsSeenBy(asTeam(otherKenyan))).toMatchObject({ answers: 2, notifications: 0, idempotency_keys: 0 });
  });

  it("another country's rows cannot be changed, removed or added to", async () => {
    const before = await db.selectFrom('answers').select(['value', 'version']).where('id', '=', kenAnswer).executeTakeFirstOrThrow();
    await runWithRowScope(asTeam(fraTeam), async () => {
      const updated = await appDb
        .updateTable('answers')
        .set({ value: JSON.stringify('overwritten') })
        .where('id', '=', kenAnswer)
        .executeTakeFirst();
      expect(updated.numUpdatedRows).toBe(0n);
      const deleted = await appDb.deleteFrom('evidence').where('answerId', '=', kenAnswer).executeTakeFirst();
      expect(deleted.numDeletedRows).toBe(0n);
      const status = await appDb.updateTable('assessments').set({ status: 'validated' }).where('id', 'in', kenya).executeTakeFirst();
      expect(status.numUpdatedRows).toBe(0n);
      await expect(
        appDb.insertInto('answers').values({ assessmentId: open.assessments.KEN!, questionKey: 'legal.law', value: 'true' }).execute(),
      ).rejects.toThrow(/row-level security/);
      await expect(
        appDb
          .insertInto('comments')
          .values({ threadId: (await db.selectFrom('commentThreads').select('id').executeTakeFirstOrThrow()).id, authorId: fraTeam.id, body: 'x' })
          .execute(),
      ).rejects.toThrow(/row-level security/);
      // moving one's own assessment to another country is refused too
      await expect(appDb.updateTable('assessments').set({ countryIso3: 'KEN' }).where('id', '=', open.assessments.FRA!).execute()).rejects.toThrow(
        /cannot move to another country/,
      );
    });
    expect(await db.selectFrom('answers').select(['value', 'version']).where('id', '=', kenAnswer).executeTakeFirstOrThrow()).toEqual(before);
    expect(await db.selectFrom('evidence').select('id').where('answerId', '=', kenAnswer).execute()).toHaveLength(2);
  });

  it('outside any request scope the application sees no country at all', async () => {
    expect(await appDb.selectFrom('assessments').select('id').execute()).toEqual([]);
    expect(await runWithRowScope(NO_ROWS, () => appDb.selectFrom('answers').select('id').execute())).toEqual([]);
    await expect(
      appDb.insertInto('answers').values({ assessmentId: open.assessments.FRA!, questionKey: 'legal.law', value: 'true' }).execute(),
    ).rejects.toThrow(/row-level security/);
    // tables that hold no country's data stay readable (sign-in needs the users table before a scope exists)
    expect((await appDb.selectFrom('countries').select('iso3').execute()).length).toBe(2);
  });

  it('staff see every country; public routes see only published cycles, and never files, threads or notices', async () => {
    const reviewerSees = await kenyaRowsSeenBy(asStaff(reviewer));
    expect(reviewerSees).toMatchObject({
      assessments: 2,
      answers: 2,
      evidence: 2,
      evidence_blobs: 1,
      comments: 1,
      submissions: 1,
      audit_log: 0,
      mail_outbox: 0,
      notifications: 0,
    });
    expect(await kenyaRowsSeenBy(asStaff(admin))).toMatchObject({ audit_log: 1, mail_outbox: 1 });

    const publicSees = await kenyaRowsSeenBy(PUBLIC_ROWS);
    expect(publicSees).toEqual({ ...Object.fromEntries(Object.keys(KENYA_ROWS).map((t) => [t, 0])), assessments: 1, answers: 1 });
    const publicAnswers = await runWithRowScope(PUBLIC_ROWS, () => appDb.selectFrom('answers').select('assessmentId').execute());
    expect(new Set(publicAnswers.map((a) => a.assessmentId))).toEqual(new Set([published.assessments.KEN!, published.assessments.FRA!]));
    // public routes run as a role that may only read (and record sign-ins)
    await runWithRowScope(PUBLIC_ROWS, async () => {
      await expect(appDb.updateTable('answers').set({ value: 'false' }).where('assessmentId', '=', published.assessments.KEN!).execute()).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        appDb
          .insertInto('publications')
          .values({
            cycleId: published.id,
            methodologyVersionId: (await db.selectFrom('cycles').select('methodologyVersionId').executeTakeFirstOrThrow()).methodologyVersionId,
            methodologyHash: 'x',
            content: '{}',
            contentHash: 'x',
          })
          .execute(),
      ).rejects.toThrow(/permission denied/);
    });
  });

  it('audit rows can be appended by anyone but updated, deleted or truncated by nobody, admins included', async () => {
    await runWithRowScope(asTeam(fraTeam), () =>
      appDb
        .transaction()
        .execute((trx) =>
          recordAudit(trx, { actor: { id: fraTeam.id, email: fraTeam.email }, action: 'answer.saved', entityType: 'answer', country: 'FRA' }, new Date()),
        ),
    );
    await runWithRowScope(asStaff(admin), async () => {
      await expect(appDb.updateTable('auditLog').set({ action: 'tampered' }).execute()).rejects.toThrow(/permission denied/);
      await expect(appDb.deleteFrom('auditLog').execute()).rejects.toThrow(/permission denied/);
      await expect(sql`truncate audit_log`.execute(appDb)).rejects.toThrow(/permission denied/);
      await expect(appDb.deleteFrom('answerHistory').execute()).rejects.toThrow(/permission denied/);
      expect((await appDb.selectFrom('auditLog').select('id').execute()).length).toBe(2);
    });
    // the focal point's row linked to the owner's row it could not read: the chain is whole
    expect(await verifyAuditChain(db)).toEqual({ rows: 2, brokenAt: null });
  });

  it('the scope lives only as long as its transaction: pooled connections carry nothing over', async () => {
    // hold every connection of the pool at once, so each one is checked after a scoped transaction
    const poolSize = handle.kind === 'postgres' ? 5 : 1;
    const hold = handle.kind === 'postgres' ? sql`select pg_sleep(0.05)` : sql`select 1`;
    await Promise.all(
      Array.from({ length: poolSize }, () =>
        runWithRowScope(asTeam(kenTeam), () =>
          appDb.transaction().execute(async (trx) => {
            await hold.execute(trx);
            const { rows } = await sql<{ role: string; scope: string; country: string }>`
          select current_user as role, current_setting('gci.scope') as scope, current_setting('gci.country') as country`.execute(trx);
            expect(rows[0]).toEqual({ role: APP_ROLE, scope: 'country', country: 'KEN' });
          }),
        ),
      ),
    );
    // PostgreSQL: the application's own pool, read with no scope (nothing is set first); PGlite: its one connection
    const probe = handle.kind === 'postgres' ? appDb : db;
    const after = await Promise.all(
      Array.from({ length: poolSize }, () =>
        probe.connection().execute(async (connection) => {
          await hold.execute(connection);
          const { rows } = await sql<{ scope: string | null; country: string | null; user: string | null }>`
          select current_setting('gci.scope', true) as scope, current_setting('gci.country', true) as country, current_setting('gci.user', true) as user`.execute(
            connection,
          );
          return rows[0]!;
        }),
      ),
    );
    for (const row of after)
      expect(row).toEqual({ scope: expect.toBeOneOf(['', null]), country: expect.toBeOneOf(['', null]), user: expect.toBeOneOf(['', null]) });
  });
});
