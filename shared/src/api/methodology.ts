import { z } from 'zod';
import { ROLES } from '../schemas/roles.ts';
import {
  ChangeStatusBodySchema,
  ConsultationCommentSchema,
  ConsultationResponseBodySchema,
  CreateDraftBodySchema,
  MethodologyDiffSchema,
  MethodologyVersionDetailSchema,
  MethodologyVersionSummarySchema,
  NewConsultationCommentBodySchema,
  SaveMethodologyBodySchema,
} from '../schemas/workbench.ts';
import { NodeKeySchema } from '../schemas/question-parts.ts';
import { file, multipart, routeGroup, type RouteDocs, noContent } from './route.ts';

export const MethodologyVersionsSchema = z.object({ versions: z.array(MethodologyVersionSummarySchema) });
export type MethodologyVersions = z.infer<typeof MethodologyVersionsSchema>;

export const ConsultationSchema = z.object({ comments: z.array(ConsultationCommentSchema) });
export type Consultation = z.infer<typeof ConsultationSchema>;

/** One problem in an imported spreadsheet: the sheet, the row (1 = header) and the column at fault. */
export const MethodologySheetErrorSchema = z.object({ sheet: z.string(), row: z.number().int(), column: z.string(), message: z.string() });
export type MethodologySheetError = z.infer<typeof MethodologySheetErrorSchema>;
/** The `details` of a refused import (422). */
export const MethodologySheetErrorDetailsSchema = z.object({ errors: z.array(MethodologySheetErrorSchema) });

export const ImportMethodologyFieldsSchema = z.object({
  key: NodeKeySchema.optional().describe("The new draft's key; the key in the file's version sheet otherwise (either must be unused)"),
});
export const ImportedMethodologySchema = z.object({
  id: z.uuid(),
  /** the hash of the imported content: equal to the exported version's when nothing was changed but the key */
  contentHash: z.string(),
});
/** The largest spreadsheet accepted (the GCI 2024 demo's is about 60 kB). */
export const MAX_METHODOLOGY_SHEET_BYTES = 5 * 1024 * 1024;
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ANALYSTS = ['analyst', 'admin'] as const;
const EXAMPLE_ID = '6f1c2a9e-4b7d-4e8a-9c3f-2d5e8b1a7c40';

/** A small but whole tree, as the editor sends it: one pillar, one indicator, one yes/no question. */
const EXAMPLE_METHODOLOGY = {
  key: 'gci-2028-draft',
  name: { en: 'GCI 2028 (draft)' },
  edition: 2028,
  pillarMax: 20,
  aggregation: 'arithmetic',
  missingPolicy: 'zero',
  thresholds: [
    { tier: 1, key: 'role_modelling', name: { en: 'Role-modelling' }, min: 95 },
    { tier: 2, key: 'advancing', name: { en: 'Advancing' }, min: 85 },
    { tier: 3, key: 'establishing', name: { en: 'Establishing' }, min: 55 },
    { tier: 4, key: 'evolving', name: { en: 'Evolving' }, min: 20 },
    { tier: 5, key: 'building', name: { en: 'Building' }, min: 0 },
  ],
  pillars: [
    {
      kind: 'pillar',
      key: 'legal',
      order: 1,
      weight: 1,
      texts: { title: { en: 'Legal measures' } },
      children: [
        {
          kind: 'indicator',
          key: 'legal.laws',
          order: 1,
          weight: 1,
          texts: { title: { en: 'Cybercrime legislation' } },
          children: [
            {
              kind: 'question',
              key: 'legal.laws.cybercrime',
              order: 1,
              weight: 1,
              texts: { title: { en: 'Is there a cybercrime law?' } },
              question: { type: 'yes_no', required: true },
            },
          ],
        },
      ],
    },
  ],
};

const docs = {
  listMethodologyVersions: {
    summary: 'Methodology versions with their status, newest edition first',
    description: 'Focal points see only the versions in consultation or published.',
  },
  getMethodologyVersion: { summary: 'A version with its tree and the validation issues of its stored content' },
  createMethodologyDraft: {
    summary: 'Create a draft by cloning any version, or from a built-in template (a first methodology)',
    description: "409 when a version with the key exists. The template 'gci-2024' has the GCI 2024 questionnaire's structure (five pillars, twenty indicators) in this platform's own wording.",
    examples: {
      clone: { fromVersionId: EXAMPLE_ID, key: 'gci-2028-draft', name: { en: 'GCI 2028 (draft)' }, edition: 2028 },
      template: { template: 'gci-2024', key: 'gci-2026', name: { en: 'GCI 2026' }, edition: 2026 },
    },
  },
  saveMethodologyVersion: {
    summary: "Replace a draft's content (refused once published; send the revision you edited)",
    description:
      'A draft is saved with its open issues (they come back beside their paths); a value the data model cannot hold is a 400 naming its place in the tree. 409 `version_conflict` when someone saved since `baseRevision`, 409 `conflict` for a frozen version.',
    examples: { draft: { methodology: EXAMPLE_METHODOLOGY, baseRevision: 1 } },
  },
  changeMethodologyStatus: {
    summary: 'Open for consultation, take back to draft, publish (freezes; needs a valid version) or archive',
    description: 'Publishing a version with issues is a 400 naming the first; a move its status does not allow is a 409 `illegal_transition`.',
    examples: { consult: { status: 'consultation' }, publish: { status: 'published' } },
  },
  diffMethodologyVersions: { summary: 'What changed from this version to another, by node key' },
  exportMethodologySheet: {
    summary: 'A version as an XLSX workbook: one row per node (and option), its version fields and its tiers, texts in the six languages',
    description: 'Sheets `nodes`, `version` and `tiers`; importing the file unchanged gives a draft with the same content hash (apart from the key).',
  },
  importMethodologySheet: {
    summary: "Create a draft from an XLSX workbook in the export's layout",
    description:
      'All or nothing: 422 with `details.errors` listing every problem as `{ sheet, row, column, message }`, and nothing written. At most 5 MB (413); a file that is not XLSX by its content is a 415. 409 when the key is taken.',
  },
  listConsultationComments: { summary: 'The comments of the consultation on a version, by node then time, with their answers' },
  addConsultationComment: {
    summary: 'Comment on a version in consultation, on one node or (nodeKey null) on the whole version',
    description: '409 when the version is not open for consultation.',
    examples: {
      node: { nodeKey: 'legal.spam', body: 'Weigh spam law higher: it is where most complaints start.' },
      version: { nodeKey: null, body: 'The new pillar needs a definition.' },
    },
  },
  respondToConsultationComment: {
    summary: 'Answer a consultation comment and record whether it was taken into account, with the reason',
    examples: {
      declined: { status: 'not_taken_into_account', response: 'Spam is already covered by two questions.' },
      accepted: { status: 'taken_into_account', response: 'Weight raised to 2 in the next draft.' },
    },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'methodology', access: ANALYSTS, docs });

export const methodologyApi = {
  list: route.get('/api/methodologies', { id: 'listMethodologyVersions', access: ROLES, responses: { 200: MethodologyVersionsSchema } }),
  get: route.get('/api/methodologies/:versionId', { id: 'getMethodologyVersion', access: ROLES, responses: { 200: MethodologyVersionDetailSchema } }),
  createDraft: route.post('/api/methodologies', { id: 'createMethodologyDraft', body: CreateDraftBodySchema, responses: { 201: z.object({ id: z.uuid() }) }, errors: [404, 409] }),
  save: route.put('/api/methodologies/:versionId', { id: 'saveMethodologyVersion', body: SaveMethodologyBodySchema, responses: { 200: MethodologyVersionDetailSchema }, errors: [409] }),
  changeStatus: route.post('/api/methodologies/:versionId/status', { id: 'changeMethodologyStatus', body: ChangeStatusBodySchema, responses: { 200: MethodologyVersionSummarySchema }, errors: [409] }),
  exportSheet: route.get('/api/methodologies/:versionId/export.xlsx', { id: 'exportMethodologySheet', access: ROLES, responses: { 200: file('The workbook, as an attachment') } }),
  importSheet: route.post('/api/methodologies/import', {
    id: 'importMethodologySheet',
    body: multipart('file', ImportMethodologyFieldsSchema, 'The workbook as `file`, with an optional `key` for the new draft'),
    responses: { 201: ImportedMethodologySchema },
    errors: [409, 422],
  }),
  diff: route.get('/api/methodologies/:versionId/diff/:otherId', { id: 'diffMethodologyVersions', access: ROLES, responses: { 200: MethodologyDiffSchema } }),
  listConsultation: route.get('/api/methodologies/:versionId/consultation', { id: 'listConsultationComments', access: ROLES, responses: { 200: ConsultationSchema } }),
  comment: route.post('/api/methodologies/:versionId/consultation', {
    id: 'addConsultationComment',
    access: ['focal_point'],
    body: NewConsultationCommentBodySchema,
    responses: { 201: z.object({ id: z.uuid() }) },
    errors: [409],
  }),
  respond: route.post('/api/consultation-comments/:commentId/response', { id: 'respondToConsultationComment', body: ConsultationResponseBodySchema, responses: { 204: noContent('Answered') } }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const methodologyComponents: Readonly<Record<string, z.ZodType>> = {
  MethodologyVersionSummary: MethodologyVersionSummarySchema,
  MethodologyVersionDetail: MethodologyVersionDetailSchema,
  MethodologyDiff: MethodologyDiffSchema,
  ConsultationComment: ConsultationCommentSchema,
};
