import { z } from 'zod';
import { EvidenceItemSchema, LinkEvidenceBodySchema } from '../schemas/questionnaire.ts';
import { ROLES } from '../schemas/roles.ts';
import { AnswerParamsSchema } from './answers.ts';
import { defineRoute, file, multipart, noContent } from './route.ts';

export const EvidenceParamsSchema = z.object({ evidenceId: z.uuid() });

export const UploadEvidenceFieldsSchema = z.object({ title: z.string().optional().describe('Shown in place of the file name; cut to 500 characters') });

// Evidence belongs to an answer: adding it needs the answer (409 before the question is answered),
// and every change needs an assessment the team can still edit (409, or 403 past the deadline).
export const evidenceApi = {
  addLink: defineRoute({
    id: 'addLinkEvidence',
    method: 'POST',
    path: '/api/assessments/:assessmentId/answers/:questionKey/evidence',
    tag: 'evidence',
    access: ['focal_point'],
    summary: 'Add a link (http or https) as evidence for an answer',
    params: AnswerParamsSchema,
    body: LinkEvidenceBodySchema,
    examples: { law: { title: 'Cybersecurity Act 2021', url: 'https://example.org/laws/cybersecurity-act-2021' } },
    responses: { 201: EvidenceItemSchema },
    errors: [404, 409],
  }),
  upload: defineRoute({
    id: 'uploadEvidence',
    method: 'POST',
    path: '/api/assessments/:assessmentId/answers/:questionKey/evidence/upload',
    tag: 'evidence',
    access: ['focal_point'],
    summary: 'Upload a document as evidence',
    description: 'PDF, Office, OpenDocument or image, at most 10 MB (413 over it); the type is checked from the content, never the name (415 for any other).',
    params: AnswerParamsSchema,
    body: multipart('file', UploadEvidenceFieldsSchema, 'The document as `file`, with an optional `title` (the file name otherwise)'),
    responses: { 201: EvidenceItemSchema },
    errors: [404, 409],
  }),
  remove: defineRoute({
    id: 'removeEvidence',
    method: 'DELETE',
    path: '/api/evidence/:evidenceId',
    tag: 'evidence',
    access: ['focal_point'],
    summary: 'Remove evidence (while the assessment can be edited)',
    params: EvidenceParamsSchema,
    responses: { 204: noContent('Removed') },
    errors: [404, 409],
  }),
  download: defineRoute({
    id: 'downloadEvidence',
    method: 'GET',
    path: '/api/evidence/:evidenceId/download',
    tag: 'evidence',
    access: ROLES,
    summary: 'Download an evidence document (always as an attachment)',
    params: EvidenceParamsSchema,
    responses: { 200: file('The document, in its detected media type, as an attachment') },
    errors: [404],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const evidenceComponents: Readonly<Record<string, z.ZodType>> = {
  EvidenceItem: EvidenceItemSchema,
};
