import type { Methodology } from '@gci/shared';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { notFound } from '../../errors.ts';
import { findMethodologyVersion, loadMethodology } from './methodology.repository.ts';

/**
 * Methodologies by version id. A published version is frozen, so it is cached for the life of the
 * process (safe with many processes); drafts are read fresh each time. Inside a transaction pass
 * it as `executor`: PGlite has a single connection, so a query on `db` there would wait forever.
 */
export function createMethodologyCache(db: Db) {
  const published = new Map<string, Promise<Methodology>>();
  return async function methodologyOf(versionId: string, executor: Kysely<Database> | Transaction<Database> = db): Promise<Methodology> {
    const cached = published.get(versionId);
    if (cached) return cached;
    const version = await findMethodologyVersion(executor, versionId);
    if (!version) throw notFound('Methodology version');
    const load = loadMethodology(executor, versionId).then((m) => m ?? Promise.reject(notFound('Methodology version')));
    if (version.status === 'published') {
      published.set(versionId, load);
      load.catch(() => published.delete(versionId));
    }
    return load;
  };
}
export type MethodologyOf = ReturnType<typeof createMethodologyCache>;
