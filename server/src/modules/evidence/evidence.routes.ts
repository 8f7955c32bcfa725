import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { evidenceApi, MAX_UPLOAD_BYTES } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { badRequest } from '../../errors.ts';
import type { EvidenceService, UploadedFile } from './evidence.service.ts';

type Options = { evidence: EvidenceService };

/** The upload's one file part and its optional title (the contract's multipart body). */
async function readUpload(request: FastifyRequest): Promise<{ title?: string; file: UploadedFile }> {
  if (!request.isMultipart()) throw badRequest('Send the file as multipart/form-data', 'file');
  const part = await request.file();
  if (!part) throw badRequest('No file in the request', 'file');
  const content = await part.toBuffer();
  const title = part.fields.title && 'value' in part.fields.title ? String(part.fields.title.value) : undefined;
  return { title, file: { fileName: part.filename, content } };
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** A stored document, always as an attachment, never rendered or sniffed by the browser. */
export const sendAttachment = (reply: FastifyReply, file: { fileName: string; mediaType: string; content: Uint8Array }) =>
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .send(Buffer.from(file.content));

const routes = contractRoutes<Options>((route, { evidence }) => {
  route(evidenceApi.addLink, ({ auth, params, body, ip }) => evidence.addLink(auth, params, body, ip));
  route(evidenceApi.upload, async ({ auth, params, request, ip }) => evidence.upload(auth, params, await readUpload(request), ip));
  route(evidenceApi.remove, ({ auth, params, ip }) => evidence.remove(auth, params.evidenceId, ip));
  route(evidenceApi.download, async ({ auth, params, reply }) => sendAttachment(reply, await evidence.download(auth, params.evidenceId)));
});

/** The evidence routes, with multipart bodies accepted in this room only (the upload: one file, at most 10 MB). */
export const evidenceRoutes: FastifyPluginAsync<Options> = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1000 }, throwFileSizeLimit: true });
  await app.register(routes, options);
};
