import { z } from 'zod';
import { Iso3Schema } from '../schemas/country.ts';
import { LocaleSchema } from '../schemas/locale.ts';
import { AssessmentDetailSchema, AssessmentStatusSchema, AssessmentSummarySchema, SubmissionCheckSchema } from '../schemas/questionnaire.ts';
import { DeadlineBodySchema, TransitionBodySchema } from '../schemas/review.ts';
import { ROLES } from '../schemas/roles.ts';
import { defineRoute, noContent } from './route.ts';

export const AssessmentParamsSchema = z.object({ assessmentId: z.uuid() });

export const AssessmentListQuerySchema = z.object({ cycle: z.coerce.number().int().min(2000).max(2100).optional(), country: Iso3Schema.optional() }).strict();

export const AssessmentListSchema = z.object({ assessments: z.array(AssessmentSummarySchema) });
export type AssessmentList = z.infer<typeof AssessmentListSchema>;

export const PrefillResultSchema = z.object({ carriedOver: z.number().int(), fromYear: z.number().int() });
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

export const TransitionResultSchema = z.object({ status: AssessmentStatusSchema });

// `access: ROLES` lets every role in; a focal point sees only their own country's assessments (404 for any other, in the services).
export const assessmentsApi = {
  list: defineRoute({
    id: 'listAssessments',
    method: 'GET',
    path: '/api/assessments',
    tag: 'assessments',
    access: ROLES,
    summary: "Assessments you may see: a focal point's own country's; every country's for staff",
    description: 'Newest cycle first, then by country.',
    query: AssessmentListQuerySchema,
    responses: { 200: AssessmentListSchema },
  }),
  detail: defineRoute({
    id: 'getAssessment',
    method: 'GET',
    path: '/api/assessments/:assessmentId',
    tag: 'assessments',
    access: ROLES,
    summary: 'An assessment with its questionnaire (texts in the chosen language, English as fallback) and answers',
    params: AssessmentParamsSchema,
    query: z.object({ lang: LocaleSchema.default('en') }).strict(),
    responses: { 200: AssessmentDetailSchema },
    errors: [404],
  }),
  submissionCheck: defineRoute({
    id: 'getSubmissionCheck',
    method: 'GET',
    path: '/api/assessments/:assessmentId/submission-check',
    tag: 'assessments',
    access: ROLES,
    summary: 'What is missing before submission, in questionnaire order',
    params: AssessmentParamsSchema,
    responses: { 200: SubmissionCheckSchema },
    errors: [404],
  }),
  prefill: defineRoute({
    id: 'prefillAssessment',
    method: 'POST',
    path: '/api/assessments/:assessmentId/prefill',
    tag: 'assessments',
    access: ['focal_point'],
    summary: "Start from the previous cycle's answers and evidence (same question keys), each marked carried over",
    description: '404 when no earlier cycle has answers for this country; 409 once the assessment has answers or cannot be edited.',
    params: AssessmentParamsSchema,
    responses: { 200: PrefillResultSchema },
    errors: [404, 409],
  }),
  submit: defineRoute({
    id: 'submitAssessment',
    method: 'POST',
    path: '/api/assessments/:assessmentId/submit',
    tag: 'assessments',
    access: ['focal_point'],
    summary: 'Submit (or resubmit after a return); locks the answers for the country team',
    description: 'A submission with gaps is a 400 whose `details` list the missing items, as the submission check does.',
    params: AssessmentParamsSchema,
    responses: { 200: AssessmentSummarySchema },
    errors: [404, 409],
  }),
  transition: defineRoute({
    id: 'applyTransition',
    method: 'POST',
    path: '/api/assessments/:assessmentId/transitions',
    tag: 'assessments',
    access: ROLES,
    summary: 'Move an assessment through its states (submit, start review, return, resubmit, validate, accept, dispute, finalize)',
    description:
      'The shared state machine decides which role may take which action (403 otherwise). An illegal move is a 409 with the current state; validating with open threads is a 409 with `details.openThreads`.',
    params: AssessmentParamsSchema,
    body: TransitionBodySchema,
    examples: {
      returnForRevision: { action: 'return', comment: 'Please cite the act for the legal questions.', questionKeys: ['legal.law'] },
      validate: { action: 'validate' },
    },
    responses: { 200: TransitionResultSchema },
    errors: [404, 409],
  }),
  setDeadline: defineRoute({
    id: 'setAssessmentDeadline',
    method: 'PUT',
    path: '/api/assessments/:assessmentId/deadline',
    tag: 'assessments',
    access: ['admin'],
    summary: "Extend (or reset, with null) one country's deadline",
    description:
      "While the cycle is open (409 `illegal_transition` with the cycle's state otherwise); an extension ends after the cycle's closing date (400 naming `body.deadline`). Audited.",
    params: AssessmentParamsSchema,
    body: DeadlineBodySchema,
    examples: { extend: { deadline: '2026-07-31T23:59:59Z' }, reset: { deadline: null } },
    responses: { 204: noContent('The deadline is set') },
    errors: [404, 409],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const assessmentsComponents: Readonly<Record<string, z.ZodType>> = {
  AssessmentSummary: AssessmentSummarySchema,
};
