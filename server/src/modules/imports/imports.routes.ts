import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { importsApi } from '@gci/shared';
import { contractRoutes } from '../../http/contract-routes.ts';
import { badRequest } from '../../errors.ts';
import type { ImportFile, ImportsService } from './imports.service.ts';
import type { ImportFields } from './results-import.ts';

type Options = { imports: ImportsService };

/** A results file is a few hundred rows: 5 MB leaves room for a formatted workbook. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const FIELDS: readonly (keyof ImportFields)[] = ['year', 'name', 'source', 'tiers', 'pillarMax', 'overallTolerance'];

/** The form's text fields and its one file, in whatever order the client sent them. */
async function readImport(request: FastifyRequest): Promise<ImportFile> {
  if (!request.isMultipart()) throw badRequest('Send the file as multipart/form-data', 'file');
  const fields: ImportFields = {};
  let file: { fileName: string; content: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') file = { fileName: part.filename, content: await part.toBuffer() };
    else if (FIELDS.includes(part.fieldname as keyof ImportFields)) fields[part.fieldname as keyof ImportFields] = String(part.value);
  }
  if (!file) throw badRequest('No file in the request', 'file');
  return { ...file, fields };
}

const routes = contractRoutes<Options>((route, { imports }) => {
  route(importsApi.preview, async ({ request }) => imports.preview(await readImport(request)));
  route(importsApi.importResults, async ({ auth, request, ip }) => imports.importResults(auth, await readImport(request), ip));
});

/** The import routes, with multipart bodies accepted in this room (one file, at most 5 MB, and the option fields). */
export const importsRoutes: FastifyPluginAsync<Options> = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, parts: 11, fieldSize: 1000 }, throwFileSizeLimit: true });
  await app.register(routes, options);
};
