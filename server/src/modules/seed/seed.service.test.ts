import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDemoTestDb, createTestDb } from '../../../test/test-db.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { DemoAccountsError, refuseDemoAccounts, seedDemo, seedIfEmpty } from './seed.service.ts';

const TABLES = [
  'countries',
  'users',
  'methodology_versions',
  'methodology_nodes',
  'cycles',
  'assessments',
  'answers',
  'answer_history',
  'publications',
  'evidence',
];

async function counts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(handle.db);
    result[table] = rows[0]!.n;
  }
  return result;
}

// Seeding 194 countries × 2 cycles takes seconds, much longer on a busy machine: these tests seed for real.
const SEED_TIMEOUT_MS = 300_000;

describe(seedDemo.name, { timeout: SEED_TIMEOUT_MS }, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it('loads 194 member states in 6 regions, two methodologies with 5 pillars, cycles and published demo results', async () => {
    const report = await seedDemo(handle.db);
    expect(report.countries).toBe(194);
    const regions = await handle.db.selectFrom('countries').select('region').distinct().execute();
    expect(regions.map((r) => r.region).sort()).toEqual(['africa', 'americas', 'arab_states', 'asia_pacific', 'cis', 'europe']);

    const versions = await handle.db.selectFrom('methodologyVersions').select(['id', 'key', 'status', 'contentHash']).orderBy('key').execute();
    expect(versions.map((v) => v.key)).toEqual(['gci-2020-demo', 'gci-2024-demo']);
    for (const version of versions) {
      expect(version.status).toBe('published');
      expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
      const kinds = await handle.db
        .selectFrom('methodologyNodes')
        .select(['kind', sql<number>`count(*)::int`.as('n')])
        .where('versionId', '=', version.id)
        .groupBy('kind')
        .execute();
      const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
      expect(byKind.pillar).toBe(5);
      expect(byKind.question).toBeGreaterThanOrEqual(70);
      expect(byKind.question).toBeLessThanOrEqual(90);
    }

    const users = await handle.db.selectFrom('users').select(['role', 'passwordHash']).execute();
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['admin', 'analyst', 'reviewer', 'focal_point']));
    expect(users.every((u) => u.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1'))).toBe(true);

    const cycles = await handle.db.selectFrom('cycles').select(['year', 'status', 'isDemo']).orderBy('year').execute();
    expect(cycles.length).toBeGreaterThanOrEqual(2);
    expect(cycles.every((c) => c.isDemo)).toBe(true);
    const published = await handle.db.selectFrom('publications').select('cycleId').execute();
    expect(published.length).toBe(cycles.filter((c) => c.status === 'published').length);

    // every stored answer has exactly its first history entry
    const c = await counts(handle);
    expect(c.answers).toBeGreaterThan(194 * 60);
    expect(c.answer_history).toBe(c.answers);

    // demo evidence: some links consented and confirmed (public), others not, all before publication
    expect(report.evidence).toBe(c.evidence);
    const sharing = await handle.db
      .selectFrom('evidence')
      .select([
        sql<number>`count(*)::int`.as('all'),
        sql<number>`count(*) filter (where share_consent)::int`.as('consented'),
        sql<number>`count(*) filter (where share_confirmed_at is not null)::int`.as('confirmed'),
        sql<number>`count(*) filter (where share_confirmed_at is not null and indicator_key is not null)::int`.as('placed'),
        sql<Date>`max(created_at)`.as('latest'),
      ])
      .executeTakeFirstOrThrow();
    expect(sharing.all).toBeGreaterThan(194);
    expect(sharing.consented).toBeGreaterThan(sharing.all * 0.4);
    expect(sharing.consented).toBeLessThan(sharing.all * 0.8);
    expect(sharing.confirmed).toBeGreaterThan(sharing.consented * 0.5);
    expect(sharing.confirmed).toBeLessThan(sharing.consented);
    expect(sharing.placed).toBeGreaterThan(sharing.confirmed * 0.5);
    expect(new Date(sharing.latest).getTime()).toBeLessThan(Date.parse('2026-01-01T00:00:00Z'));
  }, 180_000);

  it('is idempotent: seeding again adds nothing and changes nothing', async () => {
    const before = await counts(handle);
    const hashes = await handle.db.selectFrom('publications').select('contentHash').orderBy('contentHash').execute();
    const report = await seedDemo(handle.db);
    expect(report).toEqual({ countries: 0, methodologies: 0, users: 0, cycles: 0, answers: 0, publications: 0, evidence: 0 });
    expect(await counts(handle)).toEqual(before);
    expect(await handle.db.selectFrom('publications').select('contentHash').orderBy('contentHash').execute()).toEqual(hashes);
    expect(await seedIfEmpty(handle.db)).toBe(false);
  }, 180_000);
});

describe(refuseDemoAccounts.name, { timeout: SEED_TIMEOUT_MS }, () => {
  it('lets production start on a database without the demo, and refuses it once the demo accounts are in', async () => {
    const empty = await createTestDb();
    try {
      await expect(refuseDemoAccounts(empty.db)).resolves.toBeUndefined();
    } finally {
      await empty.close();
    }
    // the demo as seedDemo leaves it (a copy of the run's seeded demo: seeding again here would take as long as the test above)
    const demo = await createDemoTestDb();
    try {
      const refusal = refuseDemoAccounts(demo.db);
      await expect(refusal).rejects.toBeInstanceOf(DemoAccountsError);
      await expect(refusal).rejects.toThrow(/demo's accounts .*@.*ALLOW_DEMO=true/s);
    } finally {
      await demo.close();
    }
  });
});
