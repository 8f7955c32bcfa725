import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from '../modules/seed/seed.service.ts';

/** `npm run seed`: migrates, then loads the synthetic demo data (idempotent: a second run adds nothing). */
const config = loadConfig(process.env);
const database = await openDatabase(config);
try {
  await migrateToLatest(database.db);
  const report = await seedDemo(database.db, { log: (line) => console.log(line) });
  console.log('Seeded (rows added):', JSON.stringify(report));
  console.log('This is SYNTHETIC demo data: it is not real GCI results.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
