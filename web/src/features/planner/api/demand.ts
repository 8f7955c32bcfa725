import { plannerApi, type AssistanceRequest, type Demand } from '@gci/shared';
import { callApi, hrefOf } from '../../../lib/api-client.ts';

/** Demand for analysts: open requests and unmet indicators per indicator and region. */
export const getDemand = (signal?: AbortSignal): Promise<Demand> => callApi(plannerApi.demand, {}, { signal });

export const getAllRequests = async (signal?: AbortSignal): Promise<AssistanceRequest[]> => (await callApi(plannerApi.listRequests, {}, { signal })).requests;

export const demandExportHrefs = { xlsx: hrefOf(plannerApi.demandXlsx, {}), csv: hrefOf(plannerApi.demandCsv, {}) };
