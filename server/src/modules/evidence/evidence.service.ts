import { fileTypeFromBuffer } from 'file-type';
import { unzipsWithin } from '../../lib/zip-size.ts';
import { ALLOWED_UPLOAD_TYPES, MAX_UPLOAD_BYTES, type EvidenceItem, type LinkEvidenceBody } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { sha256Hex } from '../../lib/hash.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { toEvidenceItem } from '../assessments/mappers.ts';
import { assertEditable, loadScopedAssessment } from '../assessments/scope.ts';
import { deleteEvidence, findAnswerId, findBlob, findEvidence, insertBlob, insertEvidence } from './evidence.repository.ts';

type Trx = Transaction<Database>;

export interface UploadedFile {
  fileName: string;
  content: Buffer;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const withoutControlCharacters = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '');

/** Office and OpenDocument files are ZIP archives: inflated, a 10 MB upload may hold no more than this. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const ZIP_BASED = /^application\/vnd\.(openxmlformats-officedocument|oasis\.opendocument)\./;

/** The name with the extension of the type its content has (`poly.html` holding a PDF is served as `poly.pdf`). */
export function withExtension(name: string, ext: string): string {
  const stem = name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document';
  return `${stem}.${ext}`;
}

/** A file name safe to store and to send back: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = withoutControlCharacters(base).replace(/^\.+/, '').trim().slice(0, 200);
  return cleaned || 'document';
}

export function createEvidenceService({ db, now }: { db: Db; now: () => Date }) {
  /**
   * The answer that evidence attaches to (evidence belongs to an answer, so answer first), read under
   * the assessment's lock, which saves and submission take too: evidence cannot change mid-submission.
   */
  async function editableAnswerId(trx: Trx, auth: ResolvedSession, params: { assessmentId: string; questionKey: string }) {
    const assessment = await loadScopedAssessment(trx, auth, params.assessmentId, { forUpdate: true });
    assertEditable(assessment, now());
    const answerId = await findAnswerId(trx, assessment.id, params.questionKey);
    if (!answerId) throw new AppError(409, 'conflict', 'Answer the question before adding evidence to it', { field: 'params.questionKey' });
    return answerId;
  }

  /** Evidence with its assessment, if the caller may see that assessment (404 otherwise). */
  async function scopedEvidence(executor: Db | Trx, auth: ResolvedSession, evidenceId: string) {
    const row = await findEvidence(executor, evidenceId);
    if (!row) throw notFound('Evidence');
    const assessment = await loadScopedAssessment(executor, auth, row.assessmentId).catch(() => {
      throw notFound('Evidence');
    });
    return { row, assessment };
  }

  /**
   * Size and type from the content (never the name or the client's MIME type); an archive-based
   * document must also inflate to a sane size, before anything is stored or handed to a reviewer.
   */
  async function checkedType(content: Buffer): Promise<{ mime: string; ext: string }> {
    if (content.length === 0) throw badRequest('The file is empty', 'file');
    if (content.length > MAX_UPLOAD_BYTES) throw new AppError(413, 'payload_too_large', 'The file is larger than 10 MB', { field: 'file' });
    const detected = await fileTypeFromBuffer(content);
    if (!detected || !(detected.mime in ALLOWED_UPLOAD_TYPES)) {
      throw new AppError(
        415,
        'unsupported_media_type',
        `This kind of file is not accepted as evidence (detected: ${detected?.mime ?? 'unknown'}). Accepted: ${Object.values(ALLOWED_UPLOAD_TYPES).join(', ')}`,
        { field: 'file' },
      );
    }
    if (ZIP_BASED.test(detected.mime) && !unzipsWithin(content, MAX_UNZIPPED_BYTES)) {
      throw new AppError(413, 'payload_too_large', 'This document unpacks to more than 100 MB, or its archive cannot be read', { field: 'file' });
    }
    return { mime: detected.mime, ext: detected.ext };
  }

  /** The audit entry of a new evidence item: what was attached, to which question. */
  const auditAdded = (trx: Executor, auth: ResolvedSession, evidenceId: string, after: Record<string, unknown>, ip: string | null) =>
    recordAudit(
      trx,
      { actor: auth.user, action: 'evidence.added', entityType: 'evidence', entityId: evidenceId, country: auth.user.countryIso3, after, ip },
      now(),
    );

  return {
    async addLink(
      auth: ResolvedSession,
      params: { assessmentId: string; questionKey: string },
      body: LinkEvidenceBody,
      ip: string | null = null,
    ): Promise<EvidenceItem> {
      return db.transaction().execute(async (trx) => {
        const answerId = await editableAnswerId(trx, auth, params);
        const row = await insertEvidence(trx, { answerId, kind: 'link', title: body.title, url: body.url, createdBy: auth.user.id, createdAt: now() });
        await auditAdded(trx, auth, row.id, { questionKey: params.questionKey, kind: 'link', title: body.title, url: body.url }, ip);
        return toEvidenceItem(row);
      });
    },

    /** Stores a document after checking its type from its content (never its name), kept by SHA-256. */
    async upload(
      auth: ResolvedSession,
      params: { assessmentId: string; questionKey: string },
      input: { title?: string; file: UploadedFile },
      ip: string | null = null,
    ): Promise<EvidenceItem> {
      return db.transaction().execute(async (trx) => {
        const answerId = await editableAnswerId(trx, auth, params);
        const { content } = input.file;
        const { mime: mediaType, ext } = await checkedType(content);
        const sha256 = sha256Hex(content);
        const fileName = withExtension(cleanFileName(input.file.fileName), ext);
        const title = (withoutControlCharacters(input.title ?? '').trim() || fileName).slice(0, 500);
        const row = await insertEvidence(trx, {
          answerId,
          kind: 'file',
          title,
          fileName,
          mediaType,
          sizeBytes: content.length,
          sha256,
          createdBy: auth.user.id,
          createdAt: now(),
        });
        await insertBlob(trx, sha256, content); // after the evidence row, which its row-level policy needs
        await auditAdded(trx, auth, row.id, { questionKey: params.questionKey, kind: 'file', title: row.title, sha256, sizeBytes: content.length }, ip);
        return toEvidenceItem(row);
      });
    },

    async remove(auth: ResolvedSession, evidenceId: string, ip: string | null = null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { row } = await scopedEvidence(trx, auth, evidenceId);
        assertEditable(await loadScopedAssessment(trx, auth, row.assessmentId, { forUpdate: true }), now());
        const removed = await deleteEvidence(trx, evidenceId);
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'evidence.removed',
            entityType: 'evidence',
            entityId: evidenceId,
            country: auth.user.countryIso3,
            before: removed ?? null,
            ip,
          },
          now(),
        );
      });
    },

    async download(auth: ResolvedSession, evidenceId: string): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
      const { row } = await scopedEvidence(db, auth, evidenceId);
      if (row.kind !== 'file' || !row.sha256) throw notFound('File of this evidence');
      return { fileName: row.fileName ?? 'document', mediaType: row.mediaType ?? 'application/octet-stream', content: await findBlob(db, row.sha256) };
    },
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
