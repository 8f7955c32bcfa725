import { methodologyApi, type MethodologyVersionSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Every methodology version the caller may see (focal points: in consultation or published), newest edition first. */
export async function getMethodologyVersions(signal?: AbortSignal): Promise<MethodologyVersionSummary[]> {
  return (await callApi(methodologyApi.list, {}, { signal })).versions;
}
