import { practiceApi, type EvidenceSharing } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A reviewer confirms (or clears) an item its focal point allowed to publish in the library of national practice. */
export const confirmEvidenceSharing = (evidenceId: string, confirmed: boolean): Promise<EvidenceSharing> =>
  callApi(practiceApi.confirmSharing, { params: { evidenceId }, body: { confirmed } });
