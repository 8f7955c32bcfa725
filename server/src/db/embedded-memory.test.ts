import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../test/test-db.ts';
import { openPglite } from './database.ts';

// The embedded database a server keeps on disk holds 64 MB of shared buffers, not PostgreSQL's 128 MB:
// they live in the process's WebAssembly memory, which never shrinks (issue 18's resident memory).
// (PGlite only: the PostgreSQL project would run the same embedded databases a second time)
describe.runIf(testDbKind() === 'pglite')('the embedded database kept on disk', { timeout: 60_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gci-embedded-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sharedBuffers = async (options: Parameters<typeof openPglite>[0]) => {
    const handle = await openPglite(options);
    try {
      const { rows } = await sql<{ value: string }>`select current_setting('shared_buffers') as value`.execute(handle.db);
      return rows[0]?.value;
    } finally {
      await handle.close();
    }
  };

  it('runs with small shared buffers, again when reopened', async () => {
    expect(await sharedBuffers({ dataDir: dir })).toBe('64MB');
    expect(await sharedBuffers({ dataDir: dir })).toBe('64MB');
  });

  it('leaves an in-memory database (tests) at the default', async () => {
    expect(await sharedBuffers({})).toBe('128MB');
  });
});
