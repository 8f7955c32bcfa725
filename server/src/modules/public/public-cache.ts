import type { Db } from '../../db/database.ts';
import * as repo from './public.repository.ts';
import type { PublicationRow } from './public.repository.ts';

/** Promise memo: concurrent callers share one computation, and a failure is forgotten so the next call retries. */
export function memo<K, T>(map: Map<K, Promise<T>>, key: K, build: () => Promise<T>): Promise<T> {
  let entry = map.get(key);
  if (!entry) {
    entry = build();
    map.set(key, entry);
    entry.catch(() => {
      if (map.get(key) === entry) map.delete(key);
    });
  }
  return entry;
}

/** The set of current publications at one moment. */
export interface CurrentPublications {
  /** newest year first */
  rows: PublicationRow[];
  byYear: Map<number, PublicationRow>;
  /** content hashes of every current publication, by year: what cross-cycle pages depend on */
  hashes: string[];
  /** changes whenever a cycle is published or re-published */
  fingerprint: string;
}

/** Bumped by whatever publishes in this process once its transaction has committed. */
let publishedEpoch = 0;

/**
 * Tells this process's public caches that a publication has just committed, so they re-read at
 * once; other processes see it within their `ttlMs`. Call it after the commit, never inside.
 */
export function notePublished(): void {
  publishedEpoch += 1;
}

/**
 * Which publication is current for each cycle, re-read from the database at most every `ttlMs`
 * (and at once after a publication in this process, see {@link notePublished}).
 * Publications are immutable and append-only, so the only thing that can change is that a new one
 * appears; a reader may see it up to `ttlMs` late (well within the public max-age). Re-reading on
 * a timer, rather than being told by the publishing code, also keeps several server processes right.
 */
export function createCurrentPublications(db: Db, ttlMs: number, clock: () => number = Date.now) {
  let cached: { at: number; epoch: number; value: Promise<CurrentPublications> } | undefined;
  const load = async (): Promise<CurrentPublications> => {
    const rows = await repo.listCurrentPublications(db);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    const ascending = [...rows].sort((a, b) => a.year - b.year);
    return {
      rows,
      byYear,
      hashes: ascending.map((r) => r.contentHash),
      fingerprint: ascending.map((r) => r.publicationId).join(','),
    };
  };
  return (): Promise<CurrentPublications> => {
    const now = clock();
    if (!cached || now - cached.at >= ttlMs || cached.epoch !== publishedEpoch) {
      const value = load();
      const entry = { at: now, epoch: publishedEpoch, value };
      cached = entry;
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.value;
  };
}
