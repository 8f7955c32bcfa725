import { ErrorBodySchema, EvidenceItemSchema, type EvidenceItem } from '@gci/shared';
import { ApiError } from '../../../lib/api-client.ts';

/**
 * Uploads a document as evidence (multipart `file` + `title`). The shared client only sends JSON,
 * so this one call uses fetch itself, with the session's CSRF token; the server checks the type
 * from the content (415) and the size (413, over 10 MB).
 */
export async function uploadEvidence(
  target: { assessmentId: string; questionKey: string },
  input: { file: File; title: string },
  csrfToken: string,
): Promise<EvidenceItem> {
  const form = new FormData();
  form.append('title', input.title);
  form.append('file', input.file, input.file.name);
  const path = `/api/assessments/${encodeURIComponent(target.assessmentId)}/answers/${encodeURIComponent(target.questionKey)}/evidence/upload`;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return EvidenceItemSchema.parse(json);
  const error = ErrorBodySchema.safeParse(json).data;
  const code = error?.code ?? (response.status === 413 ? 'payload_too_large' : response.status === 415 ? 'unsupported_media_type' : 'internal_error');
  throw new ApiError(response.status, code, error?.message ?? response.statusText, error?.field, error?.details);
}
