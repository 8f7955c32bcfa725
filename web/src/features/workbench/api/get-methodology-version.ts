import { MethodologyVersionDetailSchema, type MethodologyVersionDetail } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** A version with its tree and the validation issues of the stored content. */
export function getMethodologyVersion(id: string, signal?: AbortSignal): Promise<MethodologyVersionDetail> {
  return apiGet(`/api/methodologies/${encodeURIComponent(id)}`, MethodologyVersionDetailSchema, { signal });
}
