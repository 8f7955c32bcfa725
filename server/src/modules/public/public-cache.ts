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
  /** changes with the publications and whenever what evidence may be public changes: what profiles depend on */
  contentVersion: string;
}

/**
 * Bumped by whatever publishes, or changes what evidence may be public, in this process once its
 * transaction has committed: this process's caches then re-read at once rather than within `ttlMs`.
 */
let changeEpoch = 0;

/**
 * Tells this process's public caches that what evidence may be public has changed (a focal point
 * withdrew consent, a reviewer confirmed), so profiles are rebuilt now. Other processes see it by the
 * sharing version they re-read. Call it after the commit.
 */
export function noteSharingChanged(): void {
  changeEpoch += 1;
}

/** How long a reader waits for the list of current publications being re-read before it keeps the one it has. */
const REFRESH_WAIT_MS = 20;

/**
 * Tells this process's public caches that a publication has just committed, so they re-read at
 * once; other processes see it within their `ttlMs`. Call it after the commit, never inside.
 */
export function notePublished(): void {
  changeEpoch += 1;
}

/**
 * Which publication is current for each cycle, re-read from the database at most every `ttlMs`
 * (and at once after a publication or a sharing change in this process, see {@link notePublished}).
 * Publications are immutable and append-only, so the only thing that can change is that a new one
 * appears; a reader may see it up to `ttlMs` late, well within the public max-age. Re-reading on a
 * timer, rather than being told by the publishing code, also keeps several server processes right.
 * Once read, the list is never waited for long: when it is due, a reader waits for the new read at
 * most REFRESH_WAIT_MS (a publication in progress may hold the embedded database for a while) and
 * otherwise keeps the list it has; the new one is used once it has come.
 */
export function createCurrentPublications(db: Db, ttlMs: number, clock: () => number = Date.now) {
  let cached: { at: number; epoch: number; value: Promise<CurrentPublications> } | undefined;
  let refreshing: Promise<CurrentPublications | undefined> | undefined;
  const load = async (): Promise<CurrentPublications> => {
    const [rows, sharing] = await Promise.all([repo.listCurrentPublications(db), repo.findSharingVersion(db)]);
    const byYear = new Map(rows.map((r) => [r.year, r]));
    const ascending = [...rows].sort((a, b) => a.year - b.year);
    const fingerprint = ascending.map((r) => r.publicationId).join(',');
    return { rows, byYear, hashes: ascending.map((r) => r.contentHash), fingerprint, contentVersion: `${fingerprint}#${sharing}` };
  };
  return async (): Promise<CurrentPublications> => {
    const now = clock();
    // the first read, or a publication this process just committed: read now, and wait for it (its
    // publisher may have answered already, and whoever asks next must see what it published)
    if (!cached || cached.epoch !== changeEpoch) {
      const entry = { at: now, epoch: changeEpoch, value: load() };
      cached = entry;
      entry.value.catch(() => {
        if (cached === entry) cached = undefined;
      });
      return entry.value;
    }
    if (now - cached.at >= ttlMs && !refreshing) {
      const epoch = changeEpoch;
      refreshing = load().then(
        (value) => {
          cached = { at: clock(), epoch, value: Promise.resolve(value) };
          refreshing = undefined;
          return value;
        },
        () => {
          refreshing = undefined; // the next reader tries again; this one keeps the list it had
          return undefined;
        },
      );
    }
    if (refreshing) {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), REFRESH_WAIT_MS)));
      const fresh = await Promise.race([refreshing, waited]);
      clearTimeout(timer);
      if (fresh) return fresh;
    }
    return cached.value;
  };
}
