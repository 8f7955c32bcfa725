import type { Db } from '../../db/database.ts';
import { issueAccountLink, type IssuedLink } from './account-links.ts';
import { adminExists } from './auth.repository.ts';

/**
 * While the platform has no admin, a single-use setup link (24 hours) lets the person running it
 * create the first one: a new link at each start, the previous one retired. None once an admin exists.
 */
export async function issueSetupLinkIfNoAdmin(db: Db, { publicUrl, now }: { publicUrl: string; now: Date }): Promise<IssuedLink | null> {
  return db.transaction().execute(async (trx) => {
    if (await adminExists(trx)) return null;
    return issueAccountLink(trx, { purpose: 'setup', userId: null, createdBy: null, publicUrl, now });
  });
}
