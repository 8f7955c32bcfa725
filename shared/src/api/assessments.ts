import { z } from 'zod';
import { Iso3Schema } from '../schemas/country.ts';
import { LocaleSchema } from '../schemas/locale.ts';
import { AssessmentDetailSchema, AssessmentStatusSchema, AssessmentSummarySchema, PrefillDecisionSchema, SubmissionCheckSchema } from '../schemas/questionnaire.ts';
import { DeadlineBodySchema, TransitionBodySchema } from '../schemas/review.ts';
import { ROLES } from '../schemas/roles.ts';
import { file, routeGroup, text, type RouteDocs, noContent } from './route.ts';

export const AssessmentListQuerySchema = z.object({ cycle: z.coerce.number().int().min(2000).max(2100).optional(), country: Iso3Schema.optional() }).strict();

export const AssessmentListSchema = z.object({ assessments: z.array(AssessmentSummarySchema) });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

export const PrefillResultSchema = z.object({
  carriedOver: z.number().int(),
  fromYear: z.number().int(),
  /** last cycle's answers not copied because the question already had an answer here (it keeps it) */
  skipped: z.number().int(),
});
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

export const TransitionResultSchema = z.object({ status: AssessmentStatusSchema });

// `access: ROLES` lets every role in; a focal point sees only their own country's assessments (404 for any other, in the services).

const docs = {
  listAssessments: {
    summary: "Assessments you may see: a focal point's own country's; every country's for staff",
    description: 'Newest cycle first, then by country.',
  },
  getAssessment: { summary: 'An assessment with its questionnaire (texts in the chosen language, English as fallback) and answers' },
  getSubmissionCheck: { summary: 'What is missing before submission, in questionnaire order' },
  prefillAssessment: {
    summary: "Start from the previous cycle's answers and evidence (same question keys), each marked carried over",
    description:
      'Fills only the questions that have no answer yet (answers already given are kept). Records the decision (audited): the offer is then gone. 404 when no earlier cycle has answers for this country; 409 once the offer was accepted or declined, or when the assessment cannot be edited.',
  },
  declinePrefill: {
    summary: "Decline the offer to start from the previous cycle's answers",
    description: 'Records the decision (audited), so the offer is no longer shown. 409 once it was accepted or declined, or when the assessment cannot be edited.',
  },
  submitAssessment: {
    summary: 'Submit (or resubmit after a return); locks the answers for the country team',
    description: 'A submission with gaps is a 400 whose `details` list the missing items, as the submission check does.',
  },
  applyTransition: {
    summary: 'Move an assessment through its states (submit, start review, return, resubmit, validate, accept, dispute, finalize)',
    description:
      'The shared state machine decides which role may take which action (403 otherwise). An illegal move is a 409 with the current state; validating with open threads is a 409 with `details.openThreads`.',
    examples: {
      returnForRevision: { action: 'return', comment: 'Please cite the act for the legal questions.', questionKeys: ['legal.law'] },
      validate: { action: 'validate' },
    },
  },
  setAssessmentDeadline: {
    summary: "Extend (or reset, with null) one country's deadline",
    description: "While the cycle is open (409 `illegal_transition` with the cycle's state otherwise); an extension ends after the cycle's closing date (400 naming `body.deadline`). Audited.",
    examples: { extend: { deadline: '2026-07-31T23:59:59Z' }, reset: { deadline: null } },
  },
  exportQuestionnaireXlsx: {
    summary: 'The questionnaire as a spreadsheet (XLSX): one row per question in questionnaire order with its answer, evidence and review comments',
    description:
      'Columns: pillar, indicator, question key and text (chosen language), type, status (answered, unanswered, not_applicable), the answer as people read it and its raw value, carried over, last change, evidence links and documents, comments. Threads not tied to a question come last. Sent as an attachment named after the cycle, the country and the language (DEMO for demo cycles).',
  },
  exportQuestionnaireCsv: { summary: 'The same questionnaire export as CSV (UTF-8 with BOM)' },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'assessments', access: ROLES, docs });
const ExportQuery = z.object({ lang: LocaleSchema.default('en').describe('language of the questions, options and country name') }).strict();

export const assessmentsApi = {
  list: route.get('/api/assessments', { id: 'listAssessments', query: AssessmentListQuerySchema, responses: { 200: AssessmentListSchema } }),
  detail: route.get('/api/assessments/:assessmentId', { id: 'getAssessment', query: z.object({ lang: LocaleSchema.default('en') }).strict(), responses: { 200: AssessmentDetailSchema } }),
  submissionCheck: route.get('/api/assessments/:assessmentId/submission-check', { id: 'getSubmissionCheck', responses: { 200: SubmissionCheckSchema } }),
  prefill: route.post('/api/assessments/:assessmentId/prefill', { id: 'prefillAssessment', access: ['focal_point'], responses: { 200: PrefillResultSchema }, errors: [409] }),
  declinePrefill: route.post('/api/assessments/:assessmentId/prefill/decline', {
    id: 'declinePrefill',
    access: ['focal_point'],
    responses: { 200: PrefillDecisionSchema },
    errors: [409],
  }),
  submit: route.post('/api/assessments/:assessmentId/submit', { id: 'submitAssessment', access: ['focal_point'], responses: { 200: AssessmentSummarySchema }, errors: [409] }),
  transition: route.post('/api/assessments/:assessmentId/transitions', { id: 'applyTransition', body: TransitionBodySchema, responses: { 200: TransitionResultSchema }, errors: [409] }),
  exportXlsx: route.get('/api/assessments/:assessmentId/export.xlsx', { id: 'exportQuestionnaireXlsx', query: ExportQuery, responses: { 200: file('An XLSX workbook, as an attachment') } }),
  exportCsv: route.get('/api/assessments/:assessmentId/export.csv', {
    id: 'exportQuestionnaireCsv',
    query: ExportQuery,
    responses: { 200: text('text/csv', 'One row per question, RFC 4180 CSV, as an attachment') },
  }),
  setDeadline: route.put('/api/assessments/:assessmentId/deadline', {
    id: 'setAssessmentDeadline',
    access: ['admin'],
    body: DeadlineBodySchema,
    responses: { 204: noContent('The deadline is set') },
    errors: [409],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const assessmentsComponents: Readonly<Record<string, z.ZodType>> = {
  AssessmentSummary: AssessmentSummarySchema,
};
