import { cyclesApi, type ClientInput, type CycleDetail } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type NewCycleInput = ClientInput<typeof cyclesApi.create>['body'];

/** Creates a draft cycle; a 400 names the field at fault, a 409 the year taken. */
export function createCycle(body: NewCycleInput): Promise<CycleDetail> {
  return callApi(cyclesApi.create, { body });
}
