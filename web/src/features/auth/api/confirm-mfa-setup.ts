import { SessionInfoSchema, RecoveryCodesSchema } from '@gci/shared';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

const ConfirmMfaResponseSchema = SessionInfoSchema.extend(RecoveryCodesSchema.shape);
export type ConfirmMfaResponse = z.infer<typeof ConfirmMfaResponseSchema>;

/** Confirms enrolment with a first code; the answer carries the recovery codes, shown only this once. */
export function confirmMfaSetup(code: string): Promise<ConfirmMfaResponse> {
  return apiSend('POST', '/api/auth/mfa/confirm', { code }, ConfirmMfaResponseSchema);
}
