import { evidenceApi, type EvidenceItem, type LinkEvidenceBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Adds a web link (http or https) as evidence of an answered question. */
export const addLinkEvidence = (assessmentId: string, questionKey: string, body: LinkEvidenceBody): Promise<EvidenceItem> =>
  callApi(evidenceApi.addLink, { params: { assessmentId, questionKey }, body });
