import { methodologyApi, type MethodologyDiff } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** What changed from version `fromId` to version `toId`, by node key. */
export function getMethodologyDiff(fromId: string, toId: string, signal?: AbortSignal): Promise<MethodologyDiff> {
  return callApi(methodologyApi.diff, { params: { versionId: fromId, otherId: toId } }, { signal });
}
