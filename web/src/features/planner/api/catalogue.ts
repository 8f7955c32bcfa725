import { plannerApi, type Programme, type ProgrammeBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The capacity-building catalogue (administrators, analysts and reviewers read it). */
export const getProgrammes = async (signal?: AbortSignal): Promise<Programme[]> => (await callApi(plannerApi.listProgrammes, {}, { signal })).programmes;

export const createProgramme = (body: ProgrammeBody): Promise<Programme> => callApi(plannerApi.createProgramme, { body });

export const updateProgramme = (programmeId: string, body: ProgrammeBody): Promise<Programme> =>
  callApi(plannerApi.updateProgramme, { params: { programmeId }, body });

export const deleteProgramme = async (programmeId: string): Promise<void> => {
  await callApi(plannerApi.deleteProgramme, { params: { programmeId } });
};
