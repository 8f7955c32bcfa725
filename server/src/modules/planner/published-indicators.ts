import { groupsOfKinds, type LocalizedString } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { titlesOf } from '../public/trace.ts';

/**
 * Every indicator of a published methodology version, with its title: the latest published version's
 * title where several versions have the key. What staff see instead of raw keys, and the keys a
 * programme may name.
 */
export async function publishedIndicatorTitles(db: Db, methodologyOf: MethodologyOf): Promise<Map<string, LocalizedString>> {
  const versions = await db
    .selectFrom('methodologyVersions')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('publishedAt', 'desc')
    .orderBy('id')
    .execute();
  const out = new Map<string, LocalizedString>();
  for (const version of versions) {
    const methodology = await methodologyOf(version.id, db);
    const titles = titlesOf(methodology);
    for (const { key } of groupsOfKinds(methodology, ['indicator'])) {
      if (!out.has(key)) out.set(key, titles.get(key) ?? { en: key });
    }
  }
  return out;
}
