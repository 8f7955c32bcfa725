import { practiceApi, type EvidenceSharing, type EvidenceSharingBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The focal point's choice for one evidence item: may it be published in the library of national practice. */
export const setEvidenceSharing = (evidenceId: string, body: EvidenceSharingBody): Promise<EvidenceSharing> =>
  callApi(practiceApi.setSharing, { params: { evidenceId }, body });
