import { MethodologyVersionSummarySchema, type MethodologyStatus, type MethodologyVersionSummary } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** Opens a version for consultation, takes it back to draft, publishes (freezes, fixes its hash) or archives it. */
export function changeMethodologyStatus(id: string, status: MethodologyStatus): Promise<MethodologyVersionSummary> {
  return apiSend('POST', `/api/methodologies/${encodeURIComponent(id)}/status`, { status }, MethodologyVersionSummarySchema);
}
