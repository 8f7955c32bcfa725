import {
  type CreateDraftBody,
  diffMethodologies,
  questionsByKey,
  validateMethodology,
  type Methodology,
  type MethodologyDiff,
  type MethodologyStatus,
  type MethodologyVersionDetail,
  type MethodologyVersionSummary,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { METHODOLOGY_TEMPLATE } from './templates.ts';
import type { MethodologyVersionRow } from '../../db/tables.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import {
  deleteNodes,
  findMethodologyVersion,
  findMethodologyVersionByKey,
  findMethodologyVersionForUpdate,
  insertMethodology,
  insertNodes,
  listMethodologyVersions,
  loadMethodology,
  optionalSettingsColumns,
  updateMethodologyVersion,
} from './methodology.repository.ts';

const FROZEN: MethodologyStatus[] = ['published', 'archived'];
/** What focal points may read: versions opened to them for consultation, and published ones. */
export const OPEN_TO_COUNTRIES: readonly MethodologyStatus[] = ['consultation', 'published'];
// Status moves an analyst can make; publishing freezes, archiving retires a frozen version.
const MOVES: Record<MethodologyStatus, MethodologyStatus[]> = {
  draft: ['consultation', 'published', 'archived'],
  consultation: ['draft', 'published', 'archived'],
  published: ['archived'],
  archived: [],
};

const toSummary = (v: MethodologyVersionRow, methodology: Methodology): MethodologyVersionSummary => ({
  id: v.id,
  key: v.key,
  name: v.name as MethodologyVersionSummary['name'],
  edition: v.edition,
  status: v.status,
  revision: v.revision,
  contentHash: v.contentHash,
  derivedFromId: v.derivedFromId,
  createdAt: new Date(v.createdAt).toISOString(),
  publishedAt: v.publishedAt ? new Date(v.publishedAt).toISOString() : null,
  questions: questionsByKey(methodology).size,
});

export function createMethodologyService({ db, now }: { db: Db; now: () => Date }) {
  async function load(id: string) {
    const version = await findMethodologyVersion(db, id);
    if (!version) throw notFound('Methodology version');
    return { version, methodology: (await loadMethodology(db, id))! };
  }

  /** Focal points may read a version only while it is in consultation or published. */
  function assertReadable(auth: ResolvedSession, status: MethodologyStatus) {
    if (auth.user.role === 'focal_point' && !OPEN_TO_COUNTRIES.includes(status)) throw notFound('Methodology version');
  }

  return {
    async list(auth: ResolvedSession): Promise<MethodologyVersionSummary[]> {
      const versions = await listMethodologyVersions(db, auth.user.role === 'focal_point' ? OPEN_TO_COUNTRIES : undefined);
      return Promise.all(versions.map(async (v) => toSummary(v, (await loadMethodology(db, v.id))!)));
    },

    async get(auth: ResolvedSession, id: string): Promise<MethodologyVersionDetail> {
      const { version, methodology } = await load(id);
      assertReadable(auth, version.status);
      return { version: toSummary(version, methodology), methodology, issues: validateMethodology(methodology) };
    },

    /** A new draft, cloned from any version. */
    async createDraft(auth: ResolvedSession, body: CreateDraftBody, ip: string | null): Promise<string> {
      const methodology = body.fromVersionId ? (await load(body.fromVersionId)).methodology : METHODOLOGY_TEMPLATE[body.template!];
      if (await findMethodologyVersionByKey(db, body.key)) throw conflict(`A version with the key ${body.key} exists`);
      const draft: Methodology = {
        ...methodology,
        key: body.key,
        name: body.name ?? (body.template ? { en: body.key } : { en: `${methodology.name.en} (draft)` }),
        edition: body.edition ?? methodology.edition,
      };
      return db.transaction().execute(async (trx) => {
        const id = await insertMethodology(trx, draft, { status: 'draft', createdBy: auth.user.id, derivedFromId: body.fromVersionId ?? null });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'methodology.draft_created',
            entityType: 'methodology_version',
            entityId: id,
            after: { key: body.key, from: body.fromVersionId ?? `template:${body.template}` },
            ip,
          },
          now(),
        );
        return id;
      });
    },

    /**
     * Replaces a draft's content (the editor sends the whole tree). Refused for a frozen version and
     * for a stale revision; the zod schema has already checked the shape, the shared validator runs
     * here and a draft with issues is still saved (publishing needs none).
     */
    async save(
      auth: ResolvedSession,
      id: string,
      body: { methodology: Methodology; baseRevision: number },
      ip: string | null,
    ): Promise<MethodologyVersionDetail> {
      return db.transaction().execute(async (trx) => {
        const version = await findMethodologyVersionForUpdate(trx, id);
        if (!version) throw notFound('Methodology version');
        if (FROZEN.includes(version.status))
          throw new AppError(409, 'conflict', `Version ${version.key} is ${version.status} and frozen; clone it to change it`);
        if (version.revision !== body.baseRevision)
          throw new AppError(409, 'version_conflict', 'Someone saved this draft since you opened it; reload it', {
            field: 'body.baseRevision',
            details: { revision: version.revision },
          });
        if (body.methodology.key !== version.key) throw badRequest('The key of a version cannot change', 'body.methodology.key');
        const m = body.methodology;
        // A draft may be saved with open issues, but not with values the data model cannot hold.
        const unstorable = validateMethodology(m).find((i) => i.code === 'invalid_weight' || i.code === 'duplicate_key' || i.code === 'misplaced_kind');
        if (unstorable) throw badRequest(unstorable.message, unstorable.path, { issues: [unstorable] });
        const updated = await updateMethodologyVersion(trx, id, {
          name: JSON.stringify(m.name),
          edition: m.edition,
          pillarMax: m.pillarMax,
          aggregation: m.aggregation,
          missingPolicy: m.missingPolicy,
          ...optionalSettingsColumns(m),
          thresholds: JSON.stringify(m.thresholds),
          revision: version.revision + 1,
        });
        await deleteNodes(trx, id);
        await insertNodes(trx, id, m);
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'methodology.edited',
            entityType: 'methodology_version',
            entityId: id,
            before: { revision: version.revision },
            after: { revision: updated.revision, questions: questionsByKey(m).size },
            ip,
          },
          now(),
        );
        const stored = (await loadMethodology(trx, id))!;
        return { version: toSummary(updated, stored), methodology: stored, issues: validateMethodology(stored) };
      });
    },

    /** Opens a draft for consultation, publishes it (valid only; freezes it and fixes its hash) or archives it. */
    async changeStatus(auth: ResolvedSession, id: string, status: MethodologyStatus, ip: string | null): Promise<MethodologyVersionSummary> {
      return db.transaction().execute(async (trx) => {
        const version = await findMethodologyVersionForUpdate(trx, id);
        if (!version) throw notFound('Methodology version');
        if (!MOVES[version.status].includes(status))
          throw new AppError(409, 'illegal_transition', `A ${version.status} version cannot become ${status}`, { details: { status: version.status } });
        const methodology = (await loadMethodology(trx, id))!;
        const publishing = status === 'published';
        if (publishing) {
          const issues = validateMethodology(methodology);
          if (issues.length) throw badRequest(`The version has ${issues.length} issue(s) to fix before publishing`, issues[0]?.path, { issues });
        }
        const at = now();
        const updated = await updateMethodologyVersion(trx, id, { status, ...(publishing ? { contentHash: contentHash(methodology), publishedAt: at } : {}) });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: `methodology.${status}`,
            entityType: 'methodology_version',
            entityId: id,
            before: { status: version.status },
            after: { status, contentHash: updated.contentHash },
            ip,
          },
          at,
        );
        return toSummary(updated, methodology);
      });
    },

    async diff(auth: ResolvedSession, fromId: string, toId: string): Promise<MethodologyDiff> {
      const [a, b] = await Promise.all([load(fromId), load(toId)]);
      assertReadable(auth, a.version.status);
      assertReadable(auth, b.version.status);
      return diffMethodologies(a.methodology, b.methodology);
    },
  };
}
export type MethodologyService = ReturnType<typeof createMethodologyService>;
