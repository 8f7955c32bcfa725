import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

/** Removes a link or a document (204), while the assessment can be edited. */
export async function removeEvidence(evidenceId: string): Promise<void> {
  await apiSend('DELETE', `/api/evidence/${encodeURIComponent(evidenceId)}`, undefined, z.null());
}

/** Where a document is downloaded from (always as an attachment). */
export const evidenceDownloadUrl = (evidenceId: string): string => `/api/evidence/${encodeURIComponent(evidenceId)}/download`;
