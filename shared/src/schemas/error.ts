import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'unauthenticated',
  'forbidden',
  'conflict',
  'version_conflict',
  'illegal_transition',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'method_not_allowed',
  'csrf_failed',
  'password_change_required',
  'link_expired',
  'service_unavailable',
  'internal_error',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The body of every error response. `field` points at the input at fault (`body.value`, `params.id`). */
export const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
