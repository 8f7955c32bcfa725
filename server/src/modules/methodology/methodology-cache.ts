import type { Methodology } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { findMethodologyVersion, loadMethodology } from './methodology.repository.ts';

/**
 * Methodologies by version id. A published version is frozen, so it is cached for the life of the
 * process (safe with many processes); drafts are read fresh each time.
 */
export function createMethodologyCache(db: Db) {
  const published = new Map<string, Promise<Methodology>>();
  return async function methodologyOf(versionId: string): Promise<Methodology> {
    const cached = published.get(versionId);
    if (cached) return cached;
    const version = await findMethodologyVersion(db, versionId);
    if (!version) throw notFound('Methodology version');
    const load = loadMethodology(db, versionId).then((m) => m ?? Promise.reject(notFound('Methodology version')));
    if (version.status === 'published') {
      published.set(versionId, load);
      load.catch(() => published.delete(versionId));
    }
    return load;
  };
}
export type MethodologyOf = ReturnType<typeof createMethodologyCache>;
