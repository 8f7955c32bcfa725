import { workbenchApi, type WorkbenchData } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A cycle's answers of every country and a methodology version (the cycle's own unless `versionId`), for rescoring in the browser. */
export function getWorkbenchData(year: number, versionId?: string, signal?: AbortSignal): Promise<WorkbenchData> {
  return callApi(workbenchApi.getData, { params: { year }, query: { version: versionId } }, { signal });
}
