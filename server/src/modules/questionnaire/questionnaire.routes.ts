import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import multipart from '@fastify/multipart';
import {
  AnswerHistoryEntrySchema,
  AssessmentDetailSchema,
  AssessmentSummarySchema,
  ConfirmAnswerBodySchema,
  ErrorBodySchema,
  EvidenceItemSchema,
  IdempotencyKeySchema,
  Iso3Schema,
  LinkEvidenceBodySchema,
  LocaleSchema,
  MAX_UPLOAD_BYTES,
  NodeKeySchema,
  SaveAnswerBodySchema,
  SaveAnswerResponseSchema,
  SubmissionCheckSchema,
} from '@gci/shared';
import { requireAuth } from '../../http/authenticate.ts';
import { badRequest } from '../../errors.ts';
import type { AnswersService } from './answers.service.ts';
import type { EvidenceService } from './evidence.service.ts';
import type { QuestionnaireService } from './questionnaire.service.ts';
import type { TransitionsService } from '../review/transitions.service.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const AssessmentParams = z.object({ assessmentId: z.uuid() });
const AnswerParams = AssessmentParams.extend({ questionKey: NodeKeySchema });
const EvidenceParams = z.object({ evidenceId: z.uuid() });

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
const contentDisposition = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export const questionnaireRoutes: FastifyPluginAsyncZod<{ questionnaire: QuestionnaireService; answers: AnswersService; evidence: EvidenceService; transitions: TransitionsService }> = async (
  app,
  { questionnaire, answers, evidence, transitions },
) => {
  const tags = ['questionnaire'];
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1000 }, throwFileSizeLimit: true });

  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: "Assessments you may see: a focal point's own country's; every country's for staff",
        querystring: z.object({ cycle: z.coerce.number().int().min(2000).max(2100).optional(), country: Iso3Schema.optional() }).strict(),
        response: { 200: z.object({ assessments: z.array(AssessmentSummarySchema) }), ...errors },
      },
    },
    async (request) => ({ assessments: await questionnaire.list(requireAuth(request), { cycleYear: request.query.cycle, country: request.query.country }) }),
  );

  app.get(
    '/api/assessments/:assessmentId',
    {
      schema: {
        tags,
        summary: 'An assessment with its questionnaire (texts in the chosen language, English as fallback) and answers',
        params: AssessmentParams,
        querystring: z.object({ lang: LocaleSchema.default('en') }).strict(),
        response: { 200: AssessmentDetailSchema, ...errors },
      },
    },
    async (request) => questionnaire.detail(requireAuth(request), request.params.assessmentId, request.query.lang),
  );

  app.put(
    '/api/assessments/:assessmentId/answers/:questionKey',
    {
      schema: {
        tags,
        summary: 'Save one answer. Send the version you edited (409 with the current value if it is stale) and an Idempotency-Key (a retry returns the first result).',
        params: AnswerParams,
        headers: z.object({ 'idempotency-key': IdempotencyKeySchema }),
        body: SaveAnswerBodySchema,
        response: { 200: SaveAnswerResponseSchema, ...errors, 422: ErrorBodySchema },
      },
    },
    async (request) => answers.save(requireAuth(request), request.params, request.body, request.headers['idempotency-key'], request.ip),
  );

  app.post(
    '/api/assessments/:assessmentId/answers/:questionKey/confirm',
    {
      schema: { tags, summary: 'Confirm a carried-over answer: unchanged, evidence re-checked', params: AnswerParams, body: ConfirmAnswerBodySchema, response: { 200: SaveAnswerResponseSchema, ...errors } },
    },
    async (request) => answers.confirmCarriedOver(requireAuth(request), request.params, request.body.baseVersion, request.ip),
  );

  app.get(
    '/api/assessments/:assessmentId/answers/:questionKey/history',
    { schema: { tags, summary: 'Every accepted change of an answer, newest first', params: AnswerParams, response: { 200: z.object({ history: z.array(AnswerHistoryEntrySchema) }), ...errors } } },
    async (request) => ({ history: await questionnaire.history(requireAuth(request), request.params) }),
  );

  app.post(
    '/api/assessments/:assessmentId/answers/:questionKey/evidence',
    { schema: { tags, summary: 'Add a link (http or https) as evidence for an answer', params: AnswerParams, body: LinkEvidenceBodySchema, response: { 201: EvidenceItemSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await evidence.addLink(requireAuth(request), request.params, request.body, request.ip)),
  );

  app.post(
    '/api/assessments/:assessmentId/answers/:questionKey/evidence/upload',
    {
      schema: {
        tags,
        summary: 'Upload a document as evidence (multipart: `file`, optional `title`; PDF, Office, OpenDocument or image; at most 10 MB; type checked from the content)',
        params: AnswerParams,
        consumes: ['multipart/form-data'],
        response: { 201: EvidenceItemSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!request.isMultipart()) throw badRequest('Send the file as multipart/form-data', 'file');
      const part = await request.file();
      if (!part) throw badRequest('No file in the request', 'file');
      const content = await part.toBuffer();
      const title = part.fields.title && 'value' in part.fields.title ? String(part.fields.title.value) : undefined;
      return reply.status(201).send(await evidence.upload(auth, request.params, { title, file: { fileName: part.filename, content } }, request.ip));
    },
  );

  app.delete(
    '/api/evidence/:evidenceId',
    { schema: { tags, summary: 'Remove evidence (while the assessment can be edited)', params: EvidenceParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await evidence.remove(requireAuth(request), request.params.evidenceId, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/evidence/:evidenceId/download',
    { schema: { tags, summary: 'Download an evidence document (always as an attachment)', params: EvidenceParams, response: { 200: z.any().describe('the file, as an attachment'), ...errors } } },
    async (request, reply) => {
      const file = await evidence.download(requireAuth(request), request.params.evidenceId);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(Buffer.from(file.content));
    },
  );

  app.post(
    '/api/assessments/:assessmentId/prefill',
    {
      schema: { tags, summary: "Start from the previous cycle's answers and evidence (same question keys), each marked carried over", params: AssessmentParams, response: { 200: z.object({ carriedOver: z.number().int(), fromYear: z.number().int() }), ...errors } },
    },
    async (request) => questionnaire.prefill(requireAuth(request), request.params.assessmentId, request.ip),
  );

  app.get(
    '/api/assessments/:assessmentId/submission-check',
    { schema: { tags, summary: 'What is missing before submission, in questionnaire order', params: AssessmentParams, response: { 200: SubmissionCheckSchema, ...errors } } },
    async (request) => questionnaire.submissionCheck(requireAuth(request), request.params.assessmentId),
  );

  app.post(
    '/api/assessments/:assessmentId/submit',
    { schema: { tags, summary: 'Submit (or resubmit after a return); locks the answers for the country team', params: AssessmentParams, response: { 200: AssessmentSummarySchema, ...errors } } },
    async (request) => {
      // one path for every submission: the state machine's submit (or resubmit), with its snapshot, audit and notices
      const auth = requireAuth(request);
      await transitions.submit(auth, request.params.assessmentId, request.ip);
      return questionnaire.summary(auth, request.params.assessmentId);
    },
  );
};
