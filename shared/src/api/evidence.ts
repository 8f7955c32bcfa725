import { z } from 'zod';
import { EvidenceItemSchema, LinkEvidenceBodySchema } from '../schemas/questionnaire.ts';
import { ROLES } from '../schemas/roles.ts';
import { routeGroup, type RouteDocs, file, multipart, noContent } from './route.ts';

export const UploadEvidenceFieldsSchema = z.object({ title: z.string().optional().describe('Shown in place of the file name; cut to 500 characters') });

// Evidence belongs to an answer: adding it needs the answer (409 before the question is answered),
// and every change needs an assessment the team can still edit (409, or 403 past the deadline).

const docs = {
  addLinkEvidence: {
    summary: 'Add a link (http or https) as evidence for an answer',
    examples: { law: { title: 'Cybersecurity Act 2021', url: 'https://example.org/laws/cybersecurity-act-2021' } },
  },
  uploadEvidence: {
    summary: 'Upload a document as evidence',
    description: 'PDF, Office, OpenDocument or image, at most 10 MB (413 over it); the type is checked from the content, never the name (415 for any other).',
  },
  removeEvidence: { summary: 'Remove evidence (while the assessment can be edited)' },
  downloadEvidence: { summary: 'Download an evidence document (always as an attachment)' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'evidence', access: ['focal_point'], docs });

export const evidenceApi = {
  addLink: route.post('/api/assessments/:assessmentId/answers/:questionKey/evidence', { id: 'addLinkEvidence', body: LinkEvidenceBodySchema, responses: { 201: EvidenceItemSchema }, errors: [409] }),
  upload: route.post('/api/assessments/:assessmentId/answers/:questionKey/evidence/upload', {
    id: 'uploadEvidence',
    body: multipart('file', UploadEvidenceFieldsSchema, 'The document as `file`, with an optional `title` (the file name otherwise)'),
    responses: { 201: EvidenceItemSchema },
    errors: [409],
  }),
  remove: route.delete('/api/evidence/:evidenceId', { id: 'removeEvidence', responses: { 204: noContent('Removed') }, errors: [409] }),
  download: route.get('/api/evidence/:evidenceId/download', { id: 'downloadEvidence', access: ROLES, responses: { 200: file('The document, in its detected media type, as an attachment') } }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const evidenceComponents: Readonly<Record<string, z.ZodType>> = {
  EvidenceItem: EvidenceItemSchema,
};
