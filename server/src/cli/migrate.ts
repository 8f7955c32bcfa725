import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateDownToZero, migrateToLatest } from '../db/migrate.ts';

/** `npm run migrate` applies pending migrations; `npm run migrate -- --down-all` reverts every one. Exits non-zero on failure. */
const config = loadConfig(process.env);
const database = await openDatabase(config);
try {
  const down = process.argv.includes('--down-all');
  const names = down ? await migrateDownToZero(database.db) : await migrateToLatest(database.db);
  console.log(names.length ? `${down ? 'Reverted' : 'Applied'}:\n${names.map((n) => `  ${n}`).join('\n')}` : 'Nothing to do: the database is up to date.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
