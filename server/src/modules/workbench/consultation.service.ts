import type { ConsultationComment } from '@gci/shared';
import { questionsByKey } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findMethodologyVersion, loadMethodology } from '../methodology/methodology.repository.ts';

/**
 * Consultation on a draft methodology (resolves 18): focal points of every country comment on any
 * node; analysts answer and record whether each comment was taken into account, with a reason.
 * The record stays with the version.
 */
export function createConsultationService({ db, now }: { db: Db; now: () => Date }) {
  async function version(auth: ResolvedSession, id: string) {
    const v = await findMethodologyVersion(db, id);
    if (!v) throw notFound('Methodology version');
    // focal points see a version's consultation only once it has been opened to them
    if (auth.user.role === 'focal_point' && !['consultation', 'published'].includes(v.status)) throw notFound('Methodology version');
    return v;
  }

  return {
    async list(auth: ResolvedSession, versionId: string): Promise<ConsultationComment[]> {
      await version(auth, versionId);
      const rows = await db
        .selectFrom('consultationComments as c')
        .innerJoin('users as a', 'a.id', 'c.authorId')
        .leftJoin('users as r', 'r.id', 'c.respondedBy')
        .where('c.versionId', '=', versionId)
        .select(['c.id', 'c.nodeKey', 'c.countryIso3', 'c.body', 'c.createdAt', 'c.status', 'c.response', 'c.respondedAt', 'a.id as authorId', 'a.name as authorName', 'r.id as responderId', 'r.name as responderName'])
        .orderBy('c.nodeKey')
        .orderBy('c.createdAt')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        nodeKey: r.nodeKey,
        country: r.countryIso3,
        author: { id: r.authorId, name: r.authorName },
        body: r.body,
        createdAt: new Date(r.createdAt).toISOString(),
        status: r.status,
        response: r.response,
        respondedBy: r.responderId ? { id: r.responderId, name: r.responderName ?? '' } : null,
        respondedAt: r.respondedAt ? new Date(r.respondedAt).toISOString() : null,
      }));
    },

    async comment(auth: ResolvedSession, versionId: string, body: { nodeKey: string | null; body: string }, ip: string | null): Promise<string> {
      const v = await version(auth, versionId);
      if (v.status !== 'consultation') throw new AppError(409, 'conflict', 'This version is not open for consultation');
      if (body.nodeKey) {
        const m = (await loadMethodology(db, versionId))!;
        const keys = new Set<string>([...questionsByKey(m).keys()]);
        const walk = (n: (typeof m.pillars)[number] | (typeof m.pillars)[number]['children'][number]): void => {
          keys.add(n.key);
          if (n.kind !== 'question') n.children.forEach(walk);
        };
        m.pillars.forEach(walk);
        if (!keys.has(body.nodeKey)) throw badRequest(`There is no node "${body.nodeKey}" in this version`, 'body.nodeKey');
      }
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('consultationComments')
          .values({ versionId, nodeKey: body.nodeKey, countryIso3: auth.user.countryIso3!, authorId: auth.user.id, body: body.body, createdAt: now() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { actor: auth.user, action: 'consultation.comment', entityType: 'consultation_comment', entityId: id, country: auth.user.countryIso3, after: { nodeKey: body.nodeKey }, ip }, now());
        return id;
      });
    },

    async respond(auth: ResolvedSession, commentId: string, body: { status: 'answered' | 'taken_into_account' | 'not_taken_into_account'; response: string }, ip: string | null): Promise<void> {
      const row = await db.selectFrom('consultationComments').select(['id', 'countryIso3']).where('id', '=', commentId).executeTakeFirst();
      if (!row) throw notFound('Consultation comment');
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('consultationComments').set({ status: body.status, response: body.response, respondedBy: auth.user.id, respondedAt: now() }).where('id', '=', commentId).execute();
        await recordAudit(trx, { actor: auth.user, action: 'consultation.response', entityType: 'consultation_comment', entityId: commentId, country: row.countryIso3, after: body, ip }, now());
      });
    },
  };
}
export type ConsultationService = ReturnType<typeof createConsultationService>;
