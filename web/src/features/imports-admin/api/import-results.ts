import { importsApi, type ResultsImported, type ResultsImportPreview } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import type { ImportForm } from '../lib/import-form.ts';

const bodyOf = (form: ImportForm) => ({
  year: form.year,
  name: form.name,
  source: form.source,
  tiers: form.tiers,
  pillarMax: form.pillarMax,
  file: form.file!,
});

/** What the import would do: the file's problems, or the tier counts (nothing written). */
export const previewResultsImport = (form: ImportForm): Promise<ResultsImportPreview> => callApi(importsApi.preview, { body: bodyOf(form) });

/** The import itself: the same file and options, sent again (the server keeps nothing between the two). */
export const importResults = (form: ImportForm): Promise<ResultsImported> => callApi(importsApi.importResults, { body: bodyOf(form) });
