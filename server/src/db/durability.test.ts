import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { assertDurable, durabilityProblems } from './durability.ts';

describe('the durability check at start-up', () => {
  it.runIf(testDbKind() === 'postgres')('passes on a PostgreSQL that keeps its commits', async () => {
    const handle = await createTestDb();
    try {
      expect(await durabilityProblems(handle.db)).toEqual([]);
      await expect(assertDurable(handle.db)).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
  });

  it('refuses a connection where synchronous_commit is off, naming the setting', async () => {
    const handle = await createTestDb();
    try {
      await handle.db.connection().execute(async (connection) => {
        await sql`set synchronous_commit = off`.execute(connection);
        try {
          expect(await durabilityProblems(connection)).toContain('synchronous_commit is off, so a crash can lose saves already acknowledged');
          await expect(assertDurable(connection)).rejects.toMatchObject({
            name: 'DurabilityError',
            message: expect.stringMatching(/^Refusing to start: .*synchronous_commit is off/),
          });
        } finally {
          await sql`reset synchronous_commit`.execute(connection);
        }
      });
    } finally {
      await handle.close();
    }
  });
});
