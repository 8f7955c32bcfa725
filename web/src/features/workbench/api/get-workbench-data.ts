import { WorkbenchDataSchema, type WorkbenchData } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** A cycle's answers of every country and a methodology version (the cycle's own unless `versionId`), for rescoring in the browser. */
export function getWorkbenchData(year: number, versionId?: string, signal?: AbortSignal): Promise<WorkbenchData> {
  const query = versionId ? `?version=${encodeURIComponent(versionId)}` : '';
  return apiGet(`/api/workbench/cycles/${year}${query}`, WorkbenchDataSchema, { signal });
}
