import { z } from 'zod';
import { ASSESSMENT_ACTIONS } from '../rules/assessment-states.ts';
import { AnswerValueSchema, NodeKeySchema } from './methodology.ts';
import { AssessmentStatusSchema, AssessmentSummarySchema, PersonRefSchema } from './questionnaire.ts';
import { Iso3Schema } from './country.ts';
import { CursorSchema } from './paging.ts';

export const TransitionBodySchema = z
  .object({
    action: z.enum(ASSESSMENT_ACTIONS).exclude(['start']),
    /** required when returning for revision or disputing */
    comment: z.string().trim().min(1).max(10_000).optional(),
    /** the questions that need work (return for revision) or are disputed */
    questionKeys: z.array(NodeKeySchema).max(500).optional(),
  })
  .strict();
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

export const QueueItemSchema = AssessmentSummarySchema.extend({
  /** answered / visible scored questions, 0–1 */
  completion: z.number().min(0).max(1),
  openThreads: z.number().int(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QueueQuerySchema = z
  .object({
    status: AssessmentStatusSchema.optional(),
    region: z.string().max(40).optional(),
    cycle: z.coerce.number().int().min(2000).max(2100).optional(),
    /** only assessments whose deadline is before this date */
    dueBefore: z.iso.datetime({ offset: true }).optional(),
    /** only this country's assessments */
    country: Iso3Schema.optional(),
    /** the page after this cursor (a previous page's `next`) */
    after: CursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(500),
  })
  .strict();
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export const CommentSchema = z.object({ id: z.uuid(), author: PersonRefSchema.extend({ role: z.string() }), body: z.string(), createdAt: z.string() });
export type Comment = z.infer<typeof CommentSchema>;

export const ThreadSchema = z.object({
  id: z.uuid(),
  questionKey: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  kind: z.enum(['clarification', 'revision', 'dispute']),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonRefSchema.nullable(),
  comments: z.array(CommentSchema),
});
export type Thread = z.infer<typeof ThreadSchema>;

export const NewThreadBodySchema = z.object({ questionKey: NodeKeySchema.nullable().default(null), body: z.string().trim().min(1).max(10_000) }).strict();
export const NewCommentBodySchema = z.object({ body: z.string().trim().min(1).max(10_000) }).strict();

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const EvidenceDigestSchema = z.object({ id: z.string(), title: z.string(), kind: z.enum(['link', 'file']), ref: z.string() });
export const SubmittedAnswerSchema = z.object({ value: AnswerValueSchema, evidence: z.array(EvidenceDigestSchema) });
/** What was submitted: answers by question key. */
export const SubmissionSnapshotSchema = z.record(z.string(), SubmittedAnswerSchema);
export type SubmissionSnapshot = z.infer<typeof SubmissionSnapshotSchema>;

export const QuestionDiffSchema = z.object({
  questionKey: z.string(),
  before: SubmittedAnswerSchema.nullable(),
  after: SubmittedAnswerSchema.nullable(),
  valueChanged: z.boolean(),
  evidenceChanged: z.boolean(),
});
export type QuestionDiff = z.infer<typeof QuestionDiffSchema>;

export const ResubmissionDiffSchema = z.object({
  previousAt: z.string().nullable(),
  latestAt: z.string().nullable(),
  /** questions the reviewer flagged when returning the assessment */
  flagged: z.array(z.string()),
  changes: z.array(QuestionDiffSchema),
});
export type ResubmissionDiff = z.infer<typeof ResubmissionDiffSchema>;

export const CorrectionBodySchema = z
  .object({ value: AnswerValueSchema, baseVersion: z.number().int().min(1), reason: z.string().trim().min(3).max(2000) })
  .strict();

export const DeadlineBodySchema = z.object({ deadline: z.iso.datetime({ offset: true }).nullable() }).strict();

export const RevisionRequestSchema = z.object({ questionKeys: z.array(z.string()), comment: z.string(), createdAt: z.string(), createdBy: PersonRefSchema });
export type RevisionRequest = z.infer<typeof RevisionRequestSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  country: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z
  .object({
    user: z.uuid().optional(),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    action: z.string().max(80).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    /** the page after this cursor (a previous page's `next`) */
    after: CursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const TracedQuestionSchema = z.object({
  key: z.string(),
  pillarKey: z.string(),
  status: z.enum(['answered', 'missing', 'hidden', 'unscored']),
  points: z.number().nullable(),
  maxPoints: z.number(),
  normalized: z.number().nullable(),
  effectiveWeight: z.number(),
  contribution: z.number(),
  /** a missing answer scored 0 because this group (its key) had less than the minimum coverage answered; null otherwise */
  zeroedByCoverage: z.string().nullable(),
});

export const ProvisionalResultSchema = z.object({
  overall: z.number(),
  tier: z.number().int(),
  coverage: z.number(),
  /** the minimum coverage that applied (0: none) */
  minCoverage: z.number(),
  pillars: z.array(z.object({ key: z.string(), score: z.number(), max: z.number(), normalized: z.number(), tier: z.number().int() })),
  questions: z.array(TracedQuestionSchema),
  /** the country may accept or dispute until then */
  validationEndsAt: z.string().nullable(),
});
export type ProvisionalResult = z.infer<typeof ProvisionalResultSchema>;
