import { methodologyApi, type MethodologyStatus, type MethodologyVersionSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Opens a version for consultation, takes it back to draft, publishes (freezes, fixes its hash) or archives it. */
export function changeMethodologyStatus(id: string, status: MethodologyStatus): Promise<MethodologyVersionSummary> {
  return callApi(methodologyApi.changeStatus, { params: { versionId: id }, body: { status } });
}
