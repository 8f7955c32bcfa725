import { evidenceApi, type EvidenceItem } from '@gci/shared';
import { callApi, type UploadProgress } from '../../../lib/api-client.ts';

/**
 * Uploads a document as evidence (multipart `file` + `title`), telling `onProgress` as it goes out;
 * `signal` cancels it. The server checks the type from the content (415) and the size (413, over 10 MB).
 */
export const uploadEvidence = (
  target: { assessmentId: string; questionKey: string },
  input: { file: File; title: string },
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<EvidenceItem> =>
  callApi(
    evidenceApi.upload,
    { params: target, body: { file: input.file, title: input.title } },
    { onUploadProgress: options.onProgress, signal: options.signal },
  );
