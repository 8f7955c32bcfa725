import { plannerApi, type ActionPlan, type AssistanceRequest, type AssistanceStatus } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A country's action plan (its focal points and staff). */
export const getActionPlan = (iso3: string, signal?: AbortSignal): Promise<ActionPlan> => callApi(plannerApi.actionPlan, { params: { iso3 } }, { signal });

export const getCountryRequests = async (iso3: string, signal?: AbortSignal): Promise<AssistanceRequest[]> =>
  (await callApi(plannerApi.listCountryRequests, { params: { iso3 } }, { signal })).requests;

export const requestAssistance = (iso3: string, indicatorKey: string, note: string): Promise<AssistanceRequest> =>
  callApi(plannerApi.requestAssistance, { params: { iso3 }, body: { indicatorKey, note } });

export const moveRequest = (requestId: string, to: AssistanceStatus, comment?: string): Promise<AssistanceRequest> =>
  callApi(plannerApi.moveRequest, { params: { requestId }, body: { to, ...(comment ? { comment } : {}) } });

export const commentRequest = (requestId: string, body: string): Promise<AssistanceRequest> =>
  callApi(plannerApi.commentRequest, { params: { requestId }, body: { body } });

export const getPeerOffers = async (iso3: string, signal?: AbortSignal): Promise<string[]> =>
  (await callApi(plannerApi.listPeerOffers, { params: { iso3 } }, { signal })).indicators;

export const setPeerOffer = async (iso3: string, indicatorKey: string, offered: boolean): Promise<string[]> =>
  (await callApi(plannerApi.setPeerOffer, { params: { iso3, indicatorKey }, body: { offered } })).indicators;
