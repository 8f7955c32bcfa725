import { workbenchApi, type Backcast } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** An earlier cycle's answers rescored under another version where question keys match. */
export function getBackcast(year: number, versionId: string, signal?: AbortSignal): Promise<Backcast> {
  return callApi(workbenchApi.getBackcast, { params: { year }, query: { version: versionId } }, { signal });
}
