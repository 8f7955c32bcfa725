import { PublicMethodologySchema, type PublicMethodology } from '@gci/shared/schemas/public-api';
import { apiGet } from '../../../lib/api-client.ts';

/** The methodology of a published cycle, with the changes since the previous edition and tier stability. */
export function getMethodology(year: number, signal?: AbortSignal): Promise<PublicMethodology> {
  return apiGet(`/api/public/cycles/${year}/methodology`, PublicMethodologySchema, { signal });
}
