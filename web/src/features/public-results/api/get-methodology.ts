import type { PublicMethodology } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';
import { loadPublicApi } from './public-contracts.ts';

/** The methodology of a published cycle, with the changes since the previous edition and tier stability. */
export async function getMethodology(year: number, signal?: AbortSignal): Promise<PublicMethodology> {
  return callApi((await loadPublicApi()).getMethodology, { params: { year } }, { signal });
}
