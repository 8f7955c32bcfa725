import { methodologyApi, type ConsultationComment } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The comments of the consultation on a version, by node then time. */
export async function getConsultation(versionId: string, signal?: AbortSignal): Promise<ConsultationComment[]> {
  return (await callApi(methodologyApi.listConsultation, { params: { versionId } }, { signal })).comments;
}
