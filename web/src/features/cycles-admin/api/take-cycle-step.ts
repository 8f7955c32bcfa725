import { cyclesApi, publicationApi, type CycleDetail, type PublicationReceipt } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The steps an administrator takes on the cycle page (publishing answers a receipt, not the cycle). */
export type CycleStep = 'open' | 'close' | 'start_validation' | 'end_validation';

/** Takes one step; `confirm` closes although reviews are still open (the first answer, a 409, lists them). */
export function takeCycleStep(cycleId: string, step: CycleStep, confirm = false): Promise<CycleDetail> {
  const params = { cycleId };
  switch (step) {
    case 'open':
      return callApi(cyclesApi.open, { params });
    case 'close':
      return callApi(cyclesApi.close, { params, body: confirm ? { confirm: true } : {} });
    case 'start_validation':
      return callApi(cyclesApi.startValidation, { params });
    case 'end_validation':
      return callApi(cyclesApi.endValidation, { params });
  }
}

/** Publishes the cycle's results, leaving out the countries named (exactly the ones a first 409 listed as not validated). */
export function publishCycleResults(cycleId: string, leaveOut: readonly string[]): Promise<PublicationReceipt> {
  return callApi(publicationApi.publish, { params: { cycleId }, body: leaveOut.length ? { leaveOut: [...leaveOut] } : {} });
}
