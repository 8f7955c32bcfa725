import { methodologyApi, type Methodology, type MethodologyVersionDetail } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/**
 * Replaces a draft's whole tree. `baseRevision` is the revision the analyst started from: a newer
 * one on the server answers 409 `version_conflict` (someone saved meanwhile).
 */
export function saveMethodology(id: string, methodology: Methodology, baseRevision: number): Promise<MethodologyVersionDetail> {
  return callApi(methodologyApi.save, { params: { versionId: id }, body: { methodology, baseRevision } });
}
