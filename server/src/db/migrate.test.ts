import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testCountryNames } from '../../test/factories.ts';
import { createBlankTestDb } from '../../test/test-db.ts';
import type { DatabaseHandle } from './database.ts';
import { migrateDownToZero, migrateToLatest } from './migrate.ts';
import { migrations } from '../../../migrations/index.ts';

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(handle.db);
  return rows.map((r) => r.name);
}

describe(migrateToLatest.name, () => {
  let handle: DatabaseHandle;
  afterEach(() => handle?.close());

  it('applies every migration, reverts them all, and applies them again', async () => {
    handle = await createBlankTestDb();
    const applied = await migrateToLatest(handle.db);
    expect(applied).toEqual(Object.keys(migrations));
    expect(await tableNames(handle)).toEqual(
      [
        'account_tokens',
        'answer_history',
        'answers',
        'audit_log',
        'comment_threads',
        'comments',
        'consultation_comments',
        'idempotency_keys',
        'login_attempts',
        'mail_outbox',
        'notifications',
        'revision_requests',
        'scenarios',
        'submissions',
        'assessments',
        'countries',
        'cycles',
        'cycle_participants',
        'cycle_reminders',
        'evidence',
        'evidence_blobs',
        'methodology_nodes',
        'methodology_versions',
        'publications',
        'publication_parts',
        'publication_stability',
        'publication_traces',
        'sessions',
        'sharing_version',
        'users',
        'capacity_programmes',
        'assistance_requests',
        'assistance_comments',
        'peer_offers',
      ].sort(),
    );
    expect(await migrateToLatest(handle.db)).toEqual([]);

    const reverted = await migrateDownToZero(handle.db);
    expect(reverted).toEqual(Object.keys(migrations).reverse());
    expect(await tableNames(handle)).toEqual([]);

    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
  });

  it('enforces constraints in SQL, not only in code', async () => {
    handle = await createBlankTestDb();
    await migrateToLatest(handle.db);
    const db = handle.db;
    await db
      .insertInto('countries')
      .values({ iso3: 'KEN', iso2: 'KE', numeric: '404', region: 'africa', names: JSON.stringify(testCountryNames('KEN')) })
      .execute();
    // a name in each of the six UN languages, none blank
    for (const names of [{ en: 'Tanzania' }, { ...testCountryNames('TZA'), zh: ' ' }, { ...testCountryNames('TZA'), ru: 7 }]) {
      await expect(
        db
          .insertInto('countries')
          .values({ iso3: 'TZA', iso2: 'TZ', numeric: '834', region: 'africa', names: JSON.stringify(names) })
          .execute(),
      ).rejects.toThrow(/countries_names_six_languages/);
    }
    // region outside the six ITU regions
    await expect(
      db
        .insertInto('countries')
        .values({ iso3: 'XXA', iso2: 'XA', numeric: '999', region: 'antarctica', names: JSON.stringify(testCountryNames('XXA')) })
        .execute(),
    ).rejects.toThrow(/check constraint/);
    // a focal point must have a country, other roles must not
    const user = { email: 'a@example.org', name: 'A', passwordHash: 'x' };
    await expect(
      db
        .insertInto('users')
        .values({ ...user, role: 'focal_point', countryIso3: null })
        .execute(),
    ).rejects.toThrow(/users_country_scope/);
    await expect(
      db
        .insertInto('users')
        .values({ ...user, role: 'analyst', countryIso3: 'KEN' })
        .execute(),
    ).rejects.toThrow(/users_country_scope/);
    await db
      .insertInto('users')
      .values({ ...user, role: 'focal_point', countryIso3: 'KEN' })
      .execute();
  });
});
