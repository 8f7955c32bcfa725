import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { ImportMethodologyFieldsSchema, MAX_METHODOLOGY_SHEET_BYTES, methodologyApi, XLSX_MEDIA_TYPE } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { badRequest } from '../../errors.ts';
import type { ConsultationService } from './consultation.service.ts';
import type { MethodologySheetService, SheetUpload } from './methodology-sheet.service.ts';
import type { MethodologyService } from './methodology.service.ts';

type Options = { methodologies: MethodologyService; consultation: ConsultationService; sheets: MethodologySheetService };

/** The import's one file part and its optional `key` (the contract's multipart body). */
async function readSheetUpload(request: FastifyRequest): Promise<{ key?: string; file: SheetUpload }> {
  if (!request.isMultipart()) throw badRequest('Send the workbook as multipart/form-data', 'file');
  const part = await request.file();
  if (!part) throw badRequest('No file in the request', 'file');
  const content = await part.toBuffer();
  const raw = part.fields.key && 'value' in part.fields.key ? String(part.fields.key.value).trim() : '';
  const fields = ImportMethodologyFieldsSchema.safeParse(raw ? { key: raw } : {});
  if (!fields.success) throw badRequest('The key must be lower-case letters, digits, dot, dash or underscore', 'body.key');
  return { key: fields.data.key, file: { fileName: part.filename, content } };
}

const sendWorkbook = (reply: FastifyReply, { fileName, content }: { fileName: string; content: Buffer }) =>
  reply
    .header('content-type', XLSX_MEDIA_TYPE)
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"`)
    .header('x-content-type-options', 'nosniff')
    .send(content);

const routes = contractRoutes<Options>((route, { methodologies, consultation, sheets }) => {
  route(methodologyApi.list, async ({ auth }) => ({ versions: await methodologies.list(auth) }));
  route(methodologyApi.get, ({ auth, params }) => methodologies.get(auth, params.versionId));
  route(methodologyApi.createDraft, async ({ auth, body, ip }) => ({ id: await methodologies.createDraft(auth, body, ip) }));
  route(methodologyApi.save, ({ auth, params, body, ip }) => methodologies.save(auth, params.versionId, body, ip));
  route(methodologyApi.changeStatus, ({ auth, params, body, ip }) => methodologies.changeStatus(auth, params.versionId, body.status, ip));
  route(methodologyApi.diff, ({ auth, params }) => methodologies.diff(auth, params.versionId, params.otherId));
  route(methodologyApi.exportSheet, async ({ auth, params, reply }) => sendWorkbook(reply, await sheets.exportVersion(auth, params.versionId)));
  route(methodologyApi.importSheet, async ({ auth, request, ip }) => {
    const { key, file } = await readSheetUpload(request);
    return sheets.importDraft(auth, file, key, ip);
  });

  route(methodologyApi.listConsultation, async ({ auth, params }) => ({ comments: await consultation.list(auth, params.versionId) }));
  route(methodologyApi.comment, async ({ auth, params, body, ip }) => ({ id: await consultation.comment(auth, params.versionId, body, ip) }));
  route(methodologyApi.respond, ({ auth, params, body, ip }) => consultation.respond(auth, params.commentId, body, ip));
});

/** The methodology routes, with multipart bodies accepted for the spreadsheet import (one file, at most 5 MB). */
export const methodologyRoutes: FastifyPluginAsync<Options> = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: MAX_METHODOLOGY_SHEET_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 200 }, throwFileSizeLimit: true });
  await app.register(routes, options);
};
