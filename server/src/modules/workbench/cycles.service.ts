import type { CycleSummary } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { publishCycle } from '../publication/publication.service.ts';

export function createCyclesService({ db, now, onPublished }: { db: Db; now: () => Date; onPublished?: () => void }) {
  return {
    async list(): Promise<CycleSummary[]> {
      const cycles = await db.selectFrom('cycles').selectAll().orderBy('year', 'desc').execute();
      const publications = await db.selectFrom('publications').select(['id', 'cycleId', 'publishedAt', 'contentHash', 'methodologyHash', 'supersedesId', 'note']).orderBy('publishedAt').execute();
      return cycles.map((c) => ({
        id: c.id,
        year: c.year,
        name: c.name,
        status: c.status,
        methodologyVersionId: c.methodologyVersionId,
        opensAt: new Date(c.opensAt).toISOString(),
        closesAt: new Date(c.closesAt).toISOString(),
        isDemo: c.isDemo,
        publications: publications
          .filter((p) => p.cycleId === c.id)
          .map((p) => ({ id: p.id, publishedAt: new Date(p.publishedAt).toISOString(), contentHash: p.contentHash, methodologyHash: p.methodologyHash, supersedesId: p.supersedesId, note: p.note })),
      }));
    },

    /** Recomputes and publishes (or republishes, superseding) a cycle's results on the server. */
    async publish(auth: ResolvedSession, cycleId: string, note: string | undefined, ip: string | null) {
      const result = await db.transaction().execute(async (trx) => {
        const cycle = await trx.selectFrom('cycles').select(['id', 'status', 'year']).where('id', '=', cycleId).executeTakeFirst();
        if (!cycle) throw notFound('Cycle');
        // publishing half-collected answers would put drafts in front of the public
        if (cycle.status === 'planned' || cycle.status === 'open') {
          throw new AppError(409, 'illegal_transition', `The ${cycle.year} cycle is still ${cycle.status}: close it before publishing its results`, { details: { status: cycle.status } });
        }
        const published = await publishCycle(trx, { cycleId, publishedBy: auth.user.id, note, publishedAt: now() });
        await recordAudit(trx, { actor: auth.user, action: 'cycle.published', entityType: 'publication', entityId: published.publicationId, after: { cycleId, contentHash: published.contentHash, note: note ?? null }, ip }, now());
        return published;
      });
      onPublished?.();
      return result;
    },
  };
}
export type CyclesService = ReturnType<typeof createCyclesService>;
