import { flattenTree, type ConsultationComment, type NewConsultationCommentBodySchema, type ConsultationResponseBodySchema } from '@gci/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findConsultationComment, insertConsultationComment, listConsultationComments, updateConsultationComment } from './consultation.repository.ts';
import { findMethodologyVersion, loadMethodology } from './methodology.repository.ts';
import { OPEN_TO_COUNTRIES } from './methodology.service.ts';

type NewComment = z.output<typeof NewConsultationCommentBodySchema>;
type Response = z.output<typeof ConsultationResponseBodySchema>;

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
    if (auth.user.role === 'focal_point' && !OPEN_TO_COUNTRIES.includes(v.status)) throw notFound('Methodology version');
    return v;
  }

  return {
    async list(auth: ResolvedSession, versionId: string): Promise<ConsultationComment[]> {
      await version(auth, versionId);
      const rows = await listConsultationComments(db, versionId);
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

    async comment(auth: ResolvedSession, versionId: string, body: NewComment, ip: string | null): Promise<string> {
      const v = await version(auth, versionId);
      if (v.status !== 'consultation') throw new AppError(409, 'conflict', 'This version is not open for consultation');
      if (body.nodeKey) {
        const keys = new Set(flattenTree((await loadMethodology(db, versionId))!).map((e) => e.node.key));
        if (!keys.has(body.nodeKey)) throw badRequest(`There is no node "${body.nodeKey}" in this version`, 'body.nodeKey');
      }
      return db.transaction().execute(async (trx) => {
        const id = await insertConsultationComment(trx, {
          versionId,
          nodeKey: body.nodeKey,
          countryIso3: auth.user.countryIso3!,
          authorId: auth.user.id,
          body: body.body,
          createdAt: now(),
        });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'consultation.comment',
            entityType: 'consultation_comment',
            entityId: id,
            country: auth.user.countryIso3,
            after: { nodeKey: body.nodeKey },
            ip,
          },
          now(),
        );
        return id;
      });
    },

    async respond(auth: ResolvedSession, commentId: string, body: Response, ip: string | null): Promise<void> {
      const row = await findConsultationComment(db, commentId);
      if (!row) throw notFound('Consultation comment');
      await db.transaction().execute(async (trx) => {
        await updateConsultationComment(trx, commentId, { status: body.status, response: body.response, respondedBy: auth.user.id, respondedAt: now() });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'consultation.response',
            entityType: 'consultation_comment',
            entityId: commentId,
            country: row.countryIso3,
            after: body,
            ip,
          },
          now(),
        );
      });
    },
  };
}
export type ConsultationService = ReturnType<typeof createConsultationService>;
