import { parseArgs } from 'node:util';
import { buildApp } from '../app.ts';
import { openPglite } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { TEST_CONFIG, TEST_INSTRUMENTS } from '../../test/build-test-app.ts';
import { createFuzzWorld } from '../../test/fuzz/fuzz-world.ts';
import { formatStats, runFuzz } from '../../test/fuzz/run-fuzz.ts';

/**
 * `npm run fuzz [-- --count 10000 --seed 1 --no-digest]`: generated requests against every route as
 * every kind of caller, on an in-memory database, stateful (ids that responses return are used in
 * later requests' paths) and with every reply checked against the OpenAPI document. Prints the
 * count, the share that passed validation, the outcome by status, how many requests used an earlier
 * response's id, and every failure; exits non-zero on any failure.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'no-digest': { type: 'boolean', default: false },
  },
});
const handle = await openPglite();
await migrateToLatest(handle.db);
// a test app: every reply is checked against the OpenAPI document, and a mismatch is a failure
const app = await buildApp({ db: handle.appDb, dbKind: handle.kind, config: TEST_CONFIG, ...TEST_INSTRUMENTS, writeRateLimit: 1_000_000 });
await app.ready();
const world = await createFuzzWorld(app, handle.db);
const started = performance.now();
const stats = await runFuzz(app, handle.db, world, { count: Number(values.count), seed: Number(values.seed), checkDigest: !values['no-digest'] });
console.log(`seed ${values.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s: ${formatStats(stats)}`);
for (const failure of stats.failures.slice(0, 50)) console.log(`  ${failure}`);
await app.close();
await handle.close();
process.exit(stats.failures.length ? 1 : 0);
