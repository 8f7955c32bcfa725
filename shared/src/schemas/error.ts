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

/**
 * `details` of a `validation_failed` from request validation: the zod issue in machine terms, so a
 * client can say it in the reader's language (the `message` is English, for logs and API users).
 */
export const ValidationIssueSchema = z.object({
  /** zod's issue code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_keys, … */
  code: z.string(),
  expected: z.string().optional(),
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
  format: z.string().optional(),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;
export const ValidationDetailsSchema = z.object({ issue: ValidationIssueSchema });
