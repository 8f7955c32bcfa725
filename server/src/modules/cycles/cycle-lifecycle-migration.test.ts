import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';
import { createBlankTestDb } from '../../../test/test-db.ts';

describe('the cycle lifecycle migration', () => {
  let handle: DatabaseHandle | undefined;
  afterAll(() => handle?.close());

  it('turns planned cycles into drafts, gives each a validation window and makes every assessed country a participant', async () => {
    handle = await createBlankTestDb();
    await migrateTo(handle.db, '2026_12_06_0100_accounts');
    const db = handle.db.withoutPlugins();
    await sql`insert into countries (iso3, iso2, numeric, region, names) values ('KEN', 'KE', '404', 'africa', '{"en":"Kenya"}'), ('FRA', 'FR', '250', 'europe', '{"en":"France"}')`.execute(
      db,
    );
    const { rows: versions } = await sql<{ id: string }>`
      insert into methodology_versions (key, name, edition, thresholds) values ('m', '{"en":"M"}', 2026, '[]') returning id`.execute(db);
    const { rows: cycles } = await sql<{ id: string; year: number }>`
      insert into cycles (year, name, methodology_version_id, opens_at, closes_at, status, validation_days) values
        (2030, 'Planned', ${versions[0]!.id}, '2030-01-01Z', '2030-06-30Z', 'planned', 10),
        (2031, 'Open', ${versions[0]!.id}, '2031-01-01Z', '2031-06-30Z', 'open', 14)
      returning id, year`.execute(db);
    const open = cycles.find((c) => c.year === 2031)!.id;
    await sql`insert into assessments (cycle_id, country_iso3) values (${open}, 'KEN'), (${open}, 'FRA')`.execute(db);

    await migrateToLatest(handle.db);
    const after = await handle.db
      .selectFrom('cycles')
      .select(['year', 'status', 'closesAt', 'validationClosesAt', 'reminderDays', 'openedAt'])
      .orderBy('year')
      .execute();
    expect(after.map((c) => [c.year, c.status, c.validationClosesAt.toISOString(), c.reminderDays])).toEqual([
      [2030, 'draft', '2030-07-10T00:00:00.000Z', [14, 7, 1]],
      [2031, 'open', '2031-07-14T00:00:00.000Z', [14, 7, 1]],
    ]);
    const participants = await handle.db.selectFrom('cycleParticipants').select(['cycleId', 'countryIso3']).orderBy('countryIso3').execute();
    expect(participants).toEqual([
      { cycleId: open, countryIso3: 'FRA' },
      { cycleId: open, countryIso3: 'KEN' },
    ]);
    await expect(sql`update cycles set status = 'planned'`.execute(db)).rejects.toThrow(/check constraint/);
    await expect(sql`update cycles set validation_closes_at = closes_at`.execute(db)).rejects.toThrow(/check constraint/);
    await expect(sql`update cycles set reminder_days = '{0}'`.execute(db)).rejects.toThrow(/check constraint/);
  });
});
