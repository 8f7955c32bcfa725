import { evidenceApi } from '@gci/shared';
import { callApi, hrefOf } from '../../../lib/api-client.ts';

/** Removes a link or a document (204), while the assessment can be edited. */
export const removeEvidence = (evidenceId: string): Promise<void> => callApi(evidenceApi.remove, { params: { evidenceId } });

/** Where a document is downloaded from (always as an attachment). */
export const evidenceDownloadUrl = (evidenceId: string): string => hrefOf(evidenceApi.download, { params: { evidenceId } });
