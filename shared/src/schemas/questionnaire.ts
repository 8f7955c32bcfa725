import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../rules/assessment-states.ts';
import { CYCLE_STATUSES } from '../rules/cycle-states.ts';
import { Iso3Schema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';
import { isStorableText, STORABLE_TEXT_MESSAGE, StorableTextSchema } from './storable-text.ts';
import { AnswerValueSchema, MethodologySchema, NodeKeySchema } from './methodology.ts';
import { EvidenceSharingSchema } from './practice.ts';

export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

export const PersonRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const EvidenceItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['link', 'file']),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  carriedOver: z.boolean(),
  createdAt: z.string(),
  /** whether it may be published in the library of national practice, and whether a reviewer confirmed it */
  sharing: EvidenceSharingSchema,
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const AnswerStateSchema = z.object({
  questionKey: z.string(),
  value: AnswerValueSchema,
  /** send it back as `baseVersion` with the next save of this answer */
  version: z.number().int().min(1),
  /** offered from the previous cycle, not yet confirmed or changed */
  carriedOver: z.boolean(),
  updatedAt: z.string(),
  updatedBy: PersonRefSchema.nullable(),
  evidence: z.array(EvidenceItemSchema),
});
export type AnswerState = z.infer<typeof AnswerStateSchema>;

export const CycleRefSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  name: z.string(),
  status: z.enum(CYCLE_STATUSES),
  closesAt: z.string(),
});

export const AssessmentSummarySchema = z.object({
  id: z.uuid(),
  cycle: CycleRefSchema,
  country: z.object({ iso3: Iso3Schema, names: LocalizedStringSchema, region: z.string() }),
  status: AssessmentStatusSchema,
  /** the deadline for this country: the cycle's closing date unless an admin extended it */
  deadline: z.string(),
  /** whether the country team can change answers now (state, cycle open, deadline) */
  editable: z.boolean(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

/** The focal point's answer to the offer of last cycle's answers, and when they gave it. */
export const PrefillDecisionSchema = z.object({ decision: z.enum(['accepted', 'declined']), at: z.string() });
export type PrefillDecision = z.infer<typeof PrefillDecisionSchema>;

export const AssessmentDetailSchema = z.object({
  assessment: AssessmentSummarySchema,
  /** texts reduced to English and the requested language */
  methodology: MethodologySchema,
  answers: z.record(z.string(), AnswerStateSchema),
  /** a previous cycle whose answers can be carried over, when this assessment has none yet */
  /**
   * the offer of last cycle's answers, until the focal point accepts or declines it (null once they
   * have, or when no earlier cycle has answers): `fills` of its `answers` are to questions without an
   * answer here, the only ones accepting would fill
   */
  prefillFrom: z.object({ year: z.number().int(), answers: z.number().int(), fills: z.number().int() }).nullable(),
  /** what the focal point decided about the offer, null until they do */
  prefillDecision: PrefillDecisionSchema.nullable(),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetailSchema>;

const isStorableValue = (value: unknown): boolean =>
  typeof value === 'string' ? isStorableText(value) : Array.isArray(value) ? value.every((v) => typeof v !== 'string' || isStorableText(v)) : true;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IdempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : -');
/** The headers of a write that may be retried: the same key, the same edit, applied once. */
export const IdempotencyHeadersSchema = z.object({
  [IDEMPOTENCY_HEADER]: IdempotencyKeySchema.describe('Chosen by the client per edit; a retry sends the same key'),
});

export const SaveAnswerBodySchema = z
  .object({
    value: AnswerValueSchema.refine(isStorableValue, STORABLE_TEXT_MESSAGE),
    /** the version the user edited; 0 when the question had no answer yet */
    baseVersion: z.number().int().min(0),
  })
  .strict();
export type SaveAnswerBody = z.infer<typeof SaveAnswerBodySchema>;

export const SaveAnswerResponseSchema = z.object({ answer: AnswerStateSchema, assessmentStatus: AssessmentStatusSchema });
export type SaveAnswerResponse = z.infer<typeof SaveAnswerResponseSchema>;

/** `details` of a 409 `version_conflict`: what is stored now, so the user can choose. */
export const VersionConflictDetailsSchema = z.object({ current: AnswerStateSchema.nullable() });

export const ConfirmAnswerBodySchema = z.object({ baseVersion: z.number().int().min(1) }).strict();

export const AnswerHistoryEntrySchema = z.object({
  version: z.number().int(),
  before: AnswerValueSchema.nullable(),
  after: AnswerValueSchema,
  kind: z.enum(['edit', 'correction', 'carry_over', 'confirm']),
  reason: z.string().nullable(),
  changedBy: PersonRefSchema.nullable(),
  changedAt: z.string(),
});
export type AnswerHistoryEntry = z.infer<typeof AnswerHistoryEntrySchema>;

export const MissingItemSchema = z.object({
  questionKey: NodeKeySchema,
  pillarKey: z.string(),
  reason: z.enum(['required_answer', 'required_evidence', 'carried_over']),
});
export type MissingItem = z.infer<typeof MissingItemSchema>;

export const SubmissionCheckSchema = z.object({ ready: z.boolean(), missing: z.array(MissingItemSchema) });
export type SubmissionCheck = z.infer<typeof SubmissionCheckSchema>;

export const LinkEvidenceBodySchema = z
  .object({
    title: StorableTextSchema.trim().min(1).max(500),
    url: StorableTextSchema.trim()
      .max(2000)
      .pipe(z.url({ protocol: /^https?$/, message: 'a web address starting with http:// or https://' })),
  })
  .strict();
export type LinkEvidenceBody = z.infer<typeof LinkEvidenceBodySchema>;

/** Uploads: documents and images only, checked from the content, at most 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ALLOWED_UPLOAD_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/x-cfb': 'Office 97–2003',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
};
