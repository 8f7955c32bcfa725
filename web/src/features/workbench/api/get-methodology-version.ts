import { methodologyApi, type MethodologyVersionDetail } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A version with its tree and the validation issues of the stored content. */
export function getMethodologyVersion(id: string, signal?: AbortSignal): Promise<MethodologyVersionDetail> {
  return callApi(methodologyApi.get, { params: { versionId: id } }, { signal });
}
