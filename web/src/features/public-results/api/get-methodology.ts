import { publicApi, type PublicMethodology } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The methodology of a published cycle, with the changes since the previous edition and tier stability. */
export function getMethodology(year: number, signal?: AbortSignal): Promise<PublicMethodology> {
  return callApi(publicApi.getMethodology, { params: { year } }, { signal });
}
