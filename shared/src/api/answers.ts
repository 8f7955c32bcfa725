import { z } from 'zod';
import { AnswerHistoryEntrySchema, AnswerStateSchema, ConfirmAnswerBodySchema, IdempotencyHeadersSchema, SaveAnswerBodySchema, SaveAnswerResponseSchema } from '../schemas/questionnaire.ts';
import { CorrectionBodySchema } from '../schemas/review.ts';
import { ROLES } from '../schemas/roles.ts';
import { routeGroup, type RouteDocs } from './route.ts';

export const AnswerHistorySchema = z.object({ history: z.array(AnswerHistoryEntrySchema) });
export type AnswerHistory = z.infer<typeof AnswerHistorySchema>;

const docs = {
  saveAnswer: {
    summary: 'Save one answer, over the version you edited, once per Idempotency-Key',
    description:
      'Send the version you edited as `baseVersion` (0 for a first answer): a stale one is a 409 `version_conflict` whose `details.current` is the stored answer, and nothing is overwritten. ' +
      'A retry with the same Idempotency-Key gets the first result; the same key with another body is a 422. An unknown question or a value of the wrong type is a 400.',
    examples: { first: { value: true, baseVersion: 0 }, edit: { value: 12, baseVersion: 3 }, choices: { value: ['csirt', 'sector_cert'], baseVersion: 1 } },
  },
  confirmAnswer: {
    summary: 'Confirm a carried-over answer: unchanged, evidence re-checked',
    description: 'A stale `baseVersion` is a 409 `version_conflict`; an answer that was not carried over is a 409 `conflict`.',
    examples: { confirm: { baseVersion: 1 } },
  },
  getAnswerHistory: { summary: 'Every accepted change of an answer, newest first (edits, corrections with their reason, carry-overs, confirmations)' },
  correctAnswer: {
    summary: "A reviewer's attributed correction of an answer, with its reason (shown to the country)",
    description: 'Only while the assessment is in review (409 `illegal_transition` otherwise); a stale `baseVersion` is a 409 `version_conflict`.',
    examples: { correction: { value: false, baseVersion: 2, reason: 'The cited act was repealed in 2024.' } },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'answers', access: ['focal_point'], docs });

export const answersApi = {
  save: route.put('/api/assessments/:assessmentId/answers/:questionKey', {
    id: 'saveAnswer',
    headers: IdempotencyHeadersSchema,
    body: SaveAnswerBodySchema,
    responses: { 200: SaveAnswerResponseSchema },
    errors: [409, 422],
  }),
  confirm: route.post('/api/assessments/:assessmentId/answers/:questionKey/confirm', {
    id: 'confirmAnswer',
    body: ConfirmAnswerBodySchema,
    responses: { 200: SaveAnswerResponseSchema },
    errors: [409],
  }),
  history: route.get('/api/assessments/:assessmentId/answers/:questionKey/history', { id: 'getAnswerHistory', access: ROLES, responses: { 200: AnswerHistorySchema } }),
  correct: route.put('/api/assessments/:assessmentId/answers/:questionKey/correction', {
    id: 'correctAnswer',
    access: ['reviewer', 'admin'],
    body: CorrectionBodySchema,
    responses: { 200: SaveAnswerResponseSchema },
    errors: [409],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const answersComponents: Readonly<Record<string, z.ZodType>> = {
  SavedAnswer: SaveAnswerResponseSchema,
  AnswerState: AnswerStateSchema,
};
