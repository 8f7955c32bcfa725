import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { createBlankTestDb, createTestDb, testDbKind } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createUser, signIn, type Session, type TestUser } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { contentHash } from '../../lib/hash.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';
import { hashedFields, recordAudit, verifyAuditChain } from './audit.ts';
import { runWithRowScope } from '../../db/row-scope.ts';

describe('the audit log', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: Session;
  let actor: TestUser;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    await createCountry(handle.db, 'FRA');
    admin = await signIn(app, await createUser(handle.db, 'admin'));
    actor = await createUser(handle.db, 'reviewer');
    const base = new Date('2026-03-01T10:00:00Z');
    for (let i = 0; i < 6; i++) {
      await recordAudit(
        handle.db,
        {
          actor,
          action: i % 2 ? 'answer.corrected' : 'assessment.validate',
          entityType: 'assessment',
          entityId: `e${i}`,
          country: i < 3 ? 'KEN' : 'FRA',
          before: { n: i },
          after: { n: i + 1, note: 'comma, "quote", Côte d’Ivoire, 网络安全 🛡, back\\slash' },
          ip: '127.0.0.1',
        },
        new Date(base.getTime() + i * 3_600_000),
      );
    }
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE even with direct SQL, from the owner (triggers) and the application role (no grant)', async () => {
    await runWithRowScope({ kind: 'all', userId: actor.id, role: 'admin' }, async () => {
      for (const statement of [sql`update audit_log set action = 'forged'`, sql`delete from audit_log`, sql`truncate audit_log`]) {
        await expect(statement.execute(handle.appDb)).rejects.toThrow(/permission denied/);
      }
    });
    await expect(sql`update audit_log set action = 'forged'`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(handle.db)).rejects.toThrow(/append-only/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'forged'`.execute(handle.db);
    expect(rows[0]!.n).toBe(0);
    expect((await verifyAuditChain(handle.db)).brokenAt).toBeNull();
  });

  it('keeps every chain unbroken when many actions are recorded at once, in transactions or not', async () => {
    const team = await createUser(handle.db, 'focal_point', 'KEN');
    const scope = { kind: 'country', userId: team.id, role: 'focal_point', country: 'KEN' } as const;
    const before = (await verifyAuditChain(handle.db)).rows;
    await runWithRowScope(scope, () =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const event = { actor: team, action: 'auth.login', entityType: 'session', entityId: `c${i}` };
          return i % 2 ? recordAudit(handle.appDb, event, new Date()) : handle.appDb.transaction().execute((trx) => recordAudit(trx, event, new Date()));
        }),
      ),
    );
    expect(await verifyAuditChain(handle.db)).toEqual({ rows: before + 20, brokenAt: null });
  });

  it("links each country's rows in a chain of its own, and events of no country in the platform's", async () => {
    const rows = await handle.db.selectFrom('auditLog').select(['id', 'chain', 'countryIso3', 'prevHash', 'hash']).orderBy('id').execute();
    for (const chain of ['KEN', 'FRA']) {
      const links = rows.filter((r) => r.chain === chain);
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(links.every((r) => r.countryIso3 === chain)).toBe(true);
      // the first row of a chain links to nothing; each later one to the one before it in the same chain
      expect(links.map((r) => r.prevHash)).toEqual([null, ...links.slice(0, -1).map((r) => r.hash)]);
    }
    await recordAudit(handle.db, { actor: null, action: 'methodology.published', entityType: 'methodology' }, new Date());
    const platform = await handle.db.selectFrom('auditLog').select(['chain', 'countryIso3']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(platform).toEqual({ chain: 'platform', countryIso3: null });
    expect((await verifyAuditChain(handle.db)).brokenAt).toBeNull();
  });

  it("refuses a row linked in a chain other than its country's", async () => {
    const row = { action: 'forged', entityType: 'x', countryIso3: 'KEN', prevHash: null, hash: 'h' };
    await expect(
      handle.db
        .insertInto('auditLog')
        .values({ ...row, chain: 'FRA' })
        .execute(),
    ).rejects.toThrow(/audit_log_chain_of_country/);
    await expect(
      handle.db
        .insertInto('auditLog')
        .values({ ...row, countryIso3: null, chain: 'KEN' })
        .execute(),
    ).rejects.toThrow(/audit_log_chain_of_country/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'forged'`.execute(handle.db);
    expect(rows[0]!.n).toBe(0);
  });

  it.skipIf(testDbKind() !== 'postgres')("makes a writer wait for its own country's chain only", async () => {
    const other = await createTestDb();
    try {
      let releaseKenya!: () => void;
      const held = new Promise<void>((r) => (releaseKenya = r));
      let locked!: () => void;
      const kenyaLocked = new Promise<void>((r) => (locked = r));
      const holder = other.db.transaction().execute(async (trx) => {
        await sql`select audit_chain_lock('KEN')`.execute(trx);
        locked();
        await held;
      });
      await kenyaLocked;
      const order: string[] = [];
      const kenya = recordAudit(other.db, { actor: null, action: 'test.kenya', entityType: 'x', country: 'KEN' }, new Date()).then(() => order.push('KEN'));
      await recordAudit(other.db, { actor: null, action: 'test.france', entityType: 'x', country: 'FRA' }, new Date());
      order.push('FRA');
      await new Promise((r) => setTimeout(r, 200));
      expect(order).toEqual(['FRA']);
      releaseKenya();
      await Promise.all([holder, kenya]);
      expect(order).toEqual(['FRA', 'KEN']);
      expect(await verifyAuditChain(other.db)).toEqual({ rows: 2, brokenAt: null });
    } finally {
      await other.close();
    }
  });

  it('still verifies the rows linked in the one chain of before, followed by the chains of each country', async () => {
    const older = await createBlankTestDb();
    try {
      await migrateTo(older.db, '2026_12_03_0100_row_level_security');
      // rows as the code of before wrote them: one chain through every country's events
      let prev: string | null = null;
      for (const [i, country] of ['KEN', 'FRA', null].entries()) {
        const row = {
          at: new Date(Date.UTC(2026, 0, 1 + i)),
          actorId: null,
          action: `old${i}`,
          entityType: 'x',
          entityId: null,
          countryIso3: country,
          before: null,
          after: null,
        };
        const hash = contentHash({ prev, row: hashedFields(row) });
        await sql`insert into audit_log (at, action, entity_type, country_iso3, prev_hash, hash) values (${row.at}, ${row.action}, 'x', ${country}, ${prev}, ${hash})`.execute(
          older.db,
        );
        prev = hash;
      }
      await migrateToLatest(older.db);
      for (const country of ['KEN', 'FRA', null]) await recordAudit(older.db, { actor: null, action: 'new', entityType: 'x', country }, new Date());
      const chains = await older.db.selectFrom('auditLog').select('chain').orderBy('id').execute();
      expect(chains.map((r) => r.chain)).toEqual(['all', 'all', 'all', 'KEN', 'FRA', 'platform']);
      expect(await verifyAuditChain(older.db)).toEqual({ rows: 6, brokenAt: null });
    } finally {
      await older.close();
    }
  });

  it('detects a row changed around the application through its hash chain', async () => {
    const other = await createTestDb();
    try {
      for (let i = 0; i < 3; i++) await recordAudit(other.db, { actor: null, action: `a${i}`, entityType: 'x' }, new Date(Date.UTC(2026, 0, 1 + i)));
      expect(await verifyAuditChain(other.db)).toEqual({ rows: 3, brokenAt: null });
      // an owner who disables the trigger can still change a row; the chain shows it
      await sql`alter table audit_log disable trigger audit_log_append_only`.execute(other.db);
      const second = await other.db.selectFrom('auditLog').select('id').orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow();
      await sql`update audit_log set action = 'forged' where id = ${second.id}`.execute(other.db);
      expect(await verifyAuditChain(other.db)).toEqual({ rows: 3, brokenAt: second.id });
    } finally {
      await other.close();
    }
  });

  it('lets admins filter by user, country, action and date', async () => {
    const get = async (query: string) =>
      (await app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: admin.headers })).json().entries as { entityId: string }[];
    expect((await get(`user=${actor.id}`)).length).toBe(6);
    expect((await get('country=KEN')).map((e) => e.entityId)).toEqual(['e2', 'e1', 'e0']);
    expect((await get('action=answer.')).map((e) => e.entityId)).toEqual(['e5', 'e3', 'e1']);
    expect((await get('from=2026-03-01T11:00:00Z&to=2026-03-01T13:00:00Z')).map((e) => e.entityId)).toEqual(['e2', 'e1']);
    const bad = await app.inject({ method: 'GET', url: '/api/audit?country=kenya', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('querystring.country');
  });

  it('exports the filtered log as a CSV that a CSV library reads back', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/audit/export.csv?country=FRA', headers: admin.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const rows = parse<Record<string, string>>(res.body, { columns: true, bom: true });
    expect(rows.map((r) => r.entityId)).toEqual(['e5', 'e4', 'e3']);
    expect(JSON.parse(rows[0]!.after!)).toEqual({ n: 6, note: 'comma, "quote", Côte d’Ivoire, 网络安全 🛡, back\\slash' });
    expect(rows[0]!.actorEmail).toBe(actor.email);
  });

  it('is for admins only', async () => {
    const reviewer = await signIn(app, actor);
    expect((await app.inject({ method: 'GET', url: '/api/audit', headers: reviewer.headers })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
    expect(testDbKind()).toMatch(/pglite|postgres/);
  });
});
