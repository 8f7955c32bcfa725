import type { ResultsImported, ResultsImportPreview } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { notePublished } from '../public/public-cache.ts';
import { importResults, previewResultsImport, type ImportFields } from './results-import.ts';

export interface ImportFile {
  fileName: string;
  content: Buffer;
  fields: ImportFields;
}

export function createImportsService({ db, now }: { db: Db; now: () => Date }) {
  return {
    /** Reads and checks the file; writes nothing. */
    preview(file: ImportFile): Promise<ResultsImportPreview> {
      return previewResultsImport(db, file.content, file.fileName, file.fields);
    },
    /** One transaction: the whole edition or nothing. */
    async importResults(auth: ResolvedSession, file: ImportFile, ip: string | null): Promise<ResultsImported> {
      const imported = await db.transaction().execute((trx) => importResults(trx, { ...file, actor: auth.user, ip, at: now() }));
      notePublished();
      return imported;
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
