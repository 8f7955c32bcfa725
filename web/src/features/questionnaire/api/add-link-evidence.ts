import { EvidenceItemSchema, LinkEvidenceBodySchema, type EvidenceItem, type LinkEvidenceBody } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** Adds a web link (http or https) as evidence of an answered question. */
export function addLinkEvidence(assessmentId: string, questionKey: string, body: LinkEvidenceBody): Promise<EvidenceItem> {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(questionKey)}/evidence`;
  return apiSend('POST', path, LinkEvidenceBodySchema.parse(body), EvidenceItemSchema);
}
