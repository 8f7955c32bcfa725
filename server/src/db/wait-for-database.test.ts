import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import { waitForDatabase } from './wait-for-database.ts';

const failure = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe('waiting for the database at start-up', () => {
  it('goes on at once when the database answers', async () => {
    const handle = await createTestDb();
    try {
      const lines: string[] = [];
      await waitForDatabase(() => sql`select 1`.execute(handle.db), {
        log: (line) => lines.push(line),
        sleep: () => Promise.reject(new Error('must not wait')),
      });
      expect(lines).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it('waits out refused connections and a starting server, backing off, and says so', async () => {
    const handle = await createTestDb();
    try {
      const outcomes = [failure('ECONNREFUSED'), failure('57P03'), failure('ECONNREFUSED'), failure('ECONNREFUSED'), failure('ECONNREFUSED')];
      const waits: number[] = [];
      const lines: string[] = [];
      await waitForDatabase(
        async () => {
          const next = outcomes.shift();
          if (next) throw next;
          return sql`select 1`.execute(handle.db);
        },
        { log: (line) => lines.push(line), sleep: async (ms) => void waits.push(ms), firstDelayMs: 500, maxDelayMs: 3_000 },
      );
      expect(waits).toEqual([500, 1_000, 2_000, 3_000, 3_000]);
      expect(lines[0]).toBe('Waiting for the database (ECONNREFUSED); trying again in 0.5 s.');
      expect(lines[1]).toContain('57P03');
      expect(lines.at(-1)).toBe('The database answers now; starting.');
    } finally {
      await handle.close();
    }
  });

  it('fails at once on an error waiting cannot fix (a wrong password, a missing database)', async () => {
    let pings = 0;
    const wrongPassword = waitForDatabase(
      async () => {
        pings++;
        throw failure('28P01');
      },
      { log: () => undefined, sleep: async () => undefined },
    );
    await expect(wrongPassword).rejects.toMatchObject({ code: '28P01' });
    expect(pings).toBe(1);
  });
});
