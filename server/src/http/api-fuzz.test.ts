import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createTestDb } from '../../test/test-db.ts';
import { TEST_CONFIG, TEST_INSTRUMENTS } from '../../test/build-test-app.ts';
import { createFuzzWorld, type FuzzWorld } from '../../test/fuzz/fuzz-world.ts';
import { formatStats, runFuzz } from '../../test/fuzz/run-fuzz.ts';

const COUNT = Number(process.env.GCI_FUZZ_COUNT ?? 1500);

/**
 * Requests generated from the OpenAPI document's own schemas and examples; `npm run fuzz` runs ≥ 10,000.
 * Stateful: ids that responses return (a created thread, draft, user…) fill later requests' path
 * parameters. The app is a test app, so every reply is checked against the document as it is sent.
 */
describe('API fuzzing from the OpenAPI schemas', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let world: FuzzWorld;
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildApp({ db: handle.appDb, dbKind: handle.kind, config: TEST_CONFIG, ...TEST_INSTRUMENTS, writeRateLimit: 1_000_000 });
    await app.ready();
    world = await createFuzzWorld(app, handle.db);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it(`survives ${COUNT} generated requests, reusing the ids it gets: no 5xx, no invalid request accepted, clear errors, refusals change nothing, every reply as documented`, async () => {
    const stats = await runFuzz(app, handle.db, world, { count: COUNT, seed: 20261124 });
    console.log(formatStats(stats));
    expect(stats.failures.slice(0, 10)).toEqual([]);
    expect(stats.conformanceChecked).toBeGreaterThanOrEqual(0.9 * stats.requests);
    expect(stats.usedEarlierIds).toBeGreaterThan(0);
    expect(stats.passedValidation / stats.requests).toBeGreaterThanOrEqual(0.3);
  }, 600_000);
});
