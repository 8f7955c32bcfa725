import { fileTypeFromBuffer } from 'file-type';
import {
  MAX_METHODOLOGY_SHEET_BYTES,
  methodologyToSheets,
  questionsByKey,
  sheetsToMethodology,
  XLSX_MEDIA_TYPE,
  type MethodologySheetError,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { contentHash } from '../../lib/hash.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { findMethodologyVersion, findMethodologyVersionByKey, insertMethodology, loadMethodology } from './methodology.repository.ts';
import { OPEN_TO_COUNTRIES } from './methodology.service.ts';
import { readWorkbook, writeWorkbook } from './methodology-workbook.ts';
import { declaredUnzippedSize } from '../../lib/zip-size.ts';

/** What a workbook of at most 5 MB may unpack to; a methodology's is a few megabytes at most. */
const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

export interface SheetUpload {
  fileName: string;
  content: Buffer;
}

const sheetErrors = (errors: MethodologySheetError[]) =>
  new AppError(422, 'validation_failed', `The spreadsheet has ${errors.length} problem(s); nothing was imported`, { field: 'file', details: { errors } });

/** Size and type from the content, never the name: an XLSX (a ZIP of spreadsheet parts) that does not unpack to too much. */
async function checkWorkbookFile(content: Buffer): Promise<void> {
  if (content.length === 0) throw badRequest('The file is empty', 'file');
  if (content.length > MAX_METHODOLOGY_SHEET_BYTES) throw new AppError(413, 'payload_too_large', 'The file is larger than 5 MB', { field: 'file' });
  const detected = await fileTypeFromBuffer(content);
  if (detected?.mime !== XLSX_MEDIA_TYPE) {
    throw new AppError(
      415,
      'unsupported_media_type',
      `This is not an XLSX workbook (detected: ${detected?.mime ?? 'unknown'}); save the spreadsheet as .xlsx`,
      {
        field: 'file',
      },
    );
  }
  const unzipped = declaredUnzippedSize(content);
  if (unzipped === null || unzipped > MAX_UNZIPPED_BYTES)
    throw new AppError(413, 'payload_too_large', 'The workbook unpacks to more than 100 MB', { field: 'file' });
}

/** A methodology version as a spreadsheet, and a spreadsheet as a new draft (how expert groups and translators work offline). */
export function createMethodologySheetService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async exportVersion(auth: ResolvedSession, versionId: string): Promise<{ fileName: string; content: Buffer }> {
      const version = await findMethodologyVersion(db, versionId);
      if (!version || (auth.user.role === 'focal_point' && !OPEN_TO_COUNTRIES.includes(version.status))) throw notFound('Methodology version');
      const methodology = (await loadMethodology(db, versionId))!;
      return { fileName: `${version.key}.xlsx`, content: await writeWorkbook(methodologyToSheets(methodology), now()) };
    },

    /** A new draft from a workbook: every problem by sheet, row and column (422), or the draft, whole. */
    async importDraft(auth: ResolvedSession, upload: SheetUpload, key: string | undefined, ip: string | null): Promise<{ id: string; contentHash: string }> {
      await checkWorkbookFile(upload.content);
      const read = await readWorkbook(upload.content).catch(() => {
        throw new AppError(415, 'unsupported_media_type', 'The workbook could not be read; save it again as .xlsx', { field: 'file' });
      });
      if (!read.ok) throw sheetErrors([{ sheet: read.sheet, row: 1, column: '', message: read.message }]);
      const result = sheetsToMethodology(read.tables);
      if (!result.ok) throw sheetErrors(result.errors);
      const methodology = key ? { ...result.methodology, key } : result.methodology;
      if (await findMethodologyVersionByKey(db, methodology.key))
        throw new AppError(409, 'conflict', `A version with the key ${methodology.key} exists; give the new draft another key`, { field: 'body.key' });
      const hash = contentHash(methodology);
      const id = await db.transaction().execute(async (trx) => {
        const id = await insertMethodology(trx, methodology, { status: 'draft', createdBy: auth.user.id, derivedFromId: null });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'methodology.imported',
            entityType: 'methodology_version',
            entityId: id,
            after: { key: methodology.key, fileName: upload.fileName, questions: questionsByKey(methodology).size, contentHash: hash },
            ip,
          },
          now(),
        );
        return id;
      });
      return { id, contentHash: hash };
    },
  };
}
export type MethodologySheetService = ReturnType<typeof createMethodologySheetService>;
