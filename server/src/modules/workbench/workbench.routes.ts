import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChangeStatusBodySchema,
  ConsultationCommentSchema,
  ConsultationResponseBodySchema,
  CreateDraftBodySchema,
  CycleSummarySchema,
  ErrorBodySchema,
  MethodologyVersionDetailSchema,
  MethodologyVersionSummarySchema,
  NewConsultationCommentBodySchema,
  NewScenarioBodySchema,
  SaveMethodologyBodySchema,
  ScenarioSchema,
  WorkbenchDataSchema,
} from '@gci/shared';
import { requireAuth } from '../../http/authenticate.ts';
import type { MethodologyService } from '../methodology/methodology.service.ts';
import type { ConsultationService } from './consultation.service.ts';
import type { CyclesService } from './cycles.service.ts';
import type { WorkbenchService } from './workbench.service.ts';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
const IdParams = z.object({ versionId: z.uuid() });
const Year = z.coerce.number().int().min(2000).max(2100);

const NodeChange = z.object({ key: z.string(), kind: z.string() });
const DiffSchema = z.object({
  added: z.array(NodeChange),
  removed: z.array(NodeChange),
  moved: z.array(NodeChange.extend({ fromParent: z.string().nullable(), toParent: z.string().nullable() })),
  reweighted: z.array(NodeChange.extend({ from: z.number(), to: z.number() })),
  rescored: z.array(NodeChange),
  reworded: z.array(NodeChange),
  thresholdsChanged: z.boolean(),
  settingsChanged: z.array(z.string()),
});
const ComparisonSchema = z.object({
  tiers: z.array(z.number()),
  matrix: z.array(z.array(z.number())),
  changes: z.array(z.object({ country: z.string(), before: z.object({ overall: z.number(), tier: z.number() }), after: z.object({ overall: z.number(), tier: z.number() }) })),
  onlyBefore: z.array(z.string()),
  onlyAfter: z.array(z.string()),
});

export const workbenchRoutes: FastifyPluginAsyncZod<{ methodologies: MethodologyService; workbench: WorkbenchService; consultation: ConsultationService; cycles: CyclesService }> = async (
  app,
  { methodologies, workbench, consultation, cycles },
) => {
  const tags = ['workbench'];

  app.get('/api/methodologies', { schema: { tags, summary: 'Methodology versions with their status', response: { 200: z.object({ versions: z.array(MethodologyVersionSummarySchema) }), ...errors } } }, async (request) => ({
    versions: await methodologies.list(requireAuth(request)),
  }));

  app.get(
    '/api/methodologies/:versionId',
    { schema: { tags, summary: 'A version with its tree and validation issues', params: IdParams, response: { 200: MethodologyVersionDetailSchema, ...errors } } },
    async (request) => methodologies.get(requireAuth(request), request.params.versionId),
  );

  app.post(
    '/api/methodologies',
    { schema: { tags, summary: 'Create a draft by cloning a version', body: CreateDraftBodySchema, response: { 201: z.object({ id: z.string().uuid() }), ...errors } } },
    async (request, reply) => reply.status(201).send({ id: await methodologies.createDraft(requireAuth(request), request.body, request.ip) }),
  );

  app.put(
    '/api/methodologies/:versionId',
    { schema: { tags, summary: "Replace a draft's content (refused once published; send the revision you edited)", params: IdParams, body: SaveMethodologyBodySchema, response: { 200: MethodologyVersionDetailSchema, ...errors } } },
    async (request) => methodologies.save(requireAuth(request), request.params.versionId, request.body, request.ip),
  );

  app.post(
    '/api/methodologies/:versionId/status',
    { schema: { tags, summary: 'Open for consultation, publish (freezes; needs a valid version) or archive', params: IdParams, body: ChangeStatusBodySchema, response: { 200: MethodologyVersionSummarySchema, ...errors } } },
    async (request) => methodologies.changeStatus(requireAuth(request), request.params.versionId, request.body.status, request.ip),
  );

  app.get(
    '/api/methodologies/:versionId/diff/:otherId',
    { schema: { tags, summary: 'What changed from this version to another', params: IdParams.extend({ otherId: z.uuid() }), response: { 200: DiffSchema, ...errors } } },
    async (request) => methodologies.diff(requireAuth(request), request.params.versionId, request.params.otherId),
  );

  app.get(
    '/api/methodologies/:versionId/consultation',
    { schema: { tags, summary: 'Comments of the consultation on a version', params: IdParams, response: { 200: z.object({ comments: z.array(ConsultationCommentSchema) }), ...errors } } },
    async (request) => ({ comments: await consultation.list(requireAuth(request), request.params.versionId) }),
  );

  app.post(
    '/api/methodologies/:versionId/consultation',
    { schema: { tags, summary: 'Comment on a version in consultation (focal points)', params: IdParams, body: NewConsultationCommentBodySchema, response: { 201: z.object({ id: z.string().uuid() }), ...errors } } },
    async (request, reply) => reply.status(201).send({ id: await consultation.comment(requireAuth(request), request.params.versionId, request.body, request.ip) }),
  );

  app.post(
    '/api/consultation-comments/:commentId/response',
    { schema: { tags, summary: 'Answer a consultation comment and record whether it was taken into account, with the reason', params: z.object({ commentId: z.uuid() }), body: ConsultationResponseBodySchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await consultation.respond(requireAuth(request), request.params.commentId, request.body, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/workbench/cycles/:year',
    { schema: { tags, summary: "A cycle's answers and a methodology version, for live rescoring in the browser", params: z.object({ year: Year }), querystring: z.object({ version: z.uuid().optional() }).strict(), response: { 200: WorkbenchDataSchema, ...errors } } },
    async (request) => workbench.data(request.params.year, request.query.version),
  );

  app.get(
    '/api/workbench/cycles/:year/backcast',
    { schema: { tags, summary: "Rescore a cycle's answers under another version where question keys match", params: z.object({ year: Year }), querystring: z.object({ version: z.uuid() }).strict(), response: { 200: z.object({ unmatchedNew: z.array(z.string()), unmatchedOld: z.array(z.string()), comparison: ComparisonSchema }), ...errors } } },
    async (request) => workbench.backcast(request.params.year, request.query.version),
  );

  app.get('/api/scenarios', { schema: { tags, summary: 'Saved scenarios', response: { 200: z.object({ scenarios: z.array(ScenarioSchema) }), ...errors } } }, async () => ({ scenarios: await workbench.listScenarios() }));

  app.get(
    '/api/scenarios/:scenarioId',
    { schema: { tags, summary: 'A saved scenario (share it by link)', params: z.object({ scenarioId: z.uuid() }), response: { 200: ScenarioSchema, ...errors } } },
    async (request) => workbench.getScenario(request.params.scenarioId),
  );

  app.post(
    '/api/scenarios',
    { schema: { tags, summary: 'Save a scenario: weight and threshold overrides with a name and a note', body: NewScenarioBodySchema, response: { 201: z.object({ id: z.string().uuid() }), ...errors } } },
    async (request, reply) => reply.status(201).send({ id: await workbench.saveScenario(requireAuth(request), request.body, request.ip) }),
  );

  app.get('/api/cycles', { schema: { tags, summary: 'Cycles with their publications', response: { 200: z.object({ cycles: z.array(CycleSummarySchema) }), ...errors } } }, async () => ({ cycles: await cycles.list() }));

  app.post(
    '/api/cycles/:cycleId/publish',
    {
      schema: {
        tags,
        summary: "Publish a cycle's results: recomputed on the server, stored as an immutable snapshot (a new one supersedes the last)",
        params: z.object({ cycleId: z.uuid() }),
        body: z.object({ note: z.string().trim().max(2000).optional() }).strict(),
        response: { 201: z.object({ publicationId: z.string().uuid(), contentHash: z.string() }), ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await cycles.publish(requireAuth(request), request.params.cycleId, request.body.note, request.ip)),
  );
};
