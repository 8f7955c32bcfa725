import { methodologyApi, MethodologySheetErrorDetailsSchema, type MethodologySheetError } from '@gci/shared';
import { callApi, hrefOf, isApiError } from '../../../lib/api-client.ts';

/** Where a version's workbook downloads from (the server names the file after the version's key). */
export const methodologySheetHref = (versionId: string): string => hrefOf(methodologyApi.exportSheet, { params: { versionId } });

/** Uploads a workbook as a new draft (under `key` when given); resolves with the draft's id. */
export async function importMethodologySheet(file: File, key?: string): Promise<string> {
  return (await callApi(methodologyApi.importSheet, { body: { file, ...(key ? { key } : {}) } })).id;
}

/** The row errors of a refused import (422), or null for any other failure. */
export function sheetErrorsOf(error: unknown): MethodologySheetError[] | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const details = MethodologySheetErrorDetailsSchema.safeParse(error.details);
  return details.success ? details.data.errors : null;
}
