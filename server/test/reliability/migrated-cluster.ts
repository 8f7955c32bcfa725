import { openPostgres, type DatabaseHandle } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { PgCluster } from './pg-cluster.ts';

/** A PostgreSQL cluster of the test's own, migrated, with the owner's handle on it to set up and check the data. */
export async function openMigratedCluster(applicationName: string): Promise<{ cluster: PgCluster; handle: DatabaseHandle }> {
  const cluster = await PgCluster.create();
  const handle = openPostgres(cluster.url, { poolMax: 2, statementTimeoutMs: 60_000, connectTimeoutMs: 5_000 }, applicationName);
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    cluster.destroy();
    throw error;
  }
  return { cluster, handle };
}
