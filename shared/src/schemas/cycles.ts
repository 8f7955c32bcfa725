import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../rules/assessment-states.ts';
import { checkCycleDates, CYCLE_ACTIONS, CYCLE_STATUSES, DEFAULT_REMINDER_DAYS } from '../rules/cycle-states.ts';
import { Iso3Schema } from './country.ts';
import { LocalizedStringSchema } from './locale.ts';
import { RegionSchema } from './region.ts';

export const CycleStatusSchema = z.enum(CYCLE_STATUSES);
export const CycleActionSchema = z.enum(CYCLE_ACTIONS);
const AssessmentStatusEnum = z.enum(ASSESSMENT_STATUSES);

const InstantSchema = z.iso.datetime({ offset: true });
const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length;

/** Days before closing when the countries not yet submitted are reminded: 1–365, each once. */
export const ReminderDaysSchema = z.array(z.number().int().min(1).max(365)).max(10).refine(isUnique, 'each day once');

/** Every field of a cycle an administrator sets; participants are ISO codes of countries on the platform. */
const CycleFieldsSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  /** a published (frozen) methodology version */
  methodologyVersionId: z.uuid(),
  opensAt: InstantSchema,
  closesAt: InstantSchema,
  /** the end of the validation window, after closing */
  validationClosesAt: InstantSchema,
  reminderDays: ReminderDaysSchema,
  participants: z.array(Iso3Schema).min(1, 'choose at least one country').max(400).refine(isUnique, 'each country once'),
});

export const NewCycleBodySchema = CycleFieldsSchema.extend({ reminderDays: ReminderDaysSchema.default([...DEFAULT_REMINDER_DAYS]) })
  .strict()
  .superRefine((body, ctx) => {
    const issue = checkCycleDates(body);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
  });
export type NewCycleBody = z.infer<typeof NewCycleBodySchema>;

/** A draft's changes: any of its fields (the dates are checked together with the stored ones). */
export const UpdateCycleBodySchema = CycleFieldsSchema.partial().strict();
export type UpdateCycleBody = z.infer<typeof UpdateCycleBodySchema>;

export const CloseCycleBodySchema = z
  .object({
    /** close although reviews are still open (the 409 lists them) */
    confirm: z.boolean().optional(),
  })
  .strict();

export const PublicationRefSchema = z.object({
  id: z.uuid(),
  publishedAt: z.string(),
  contentHash: z.string(),
  methodologyHash: z.string(),
  supersedesId: z.uuid().nullable(),
  note: z.string().nullable(),
});

export const CycleSummarySchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  name: z.string(),
  status: CycleStatusSchema,
  methodologyVersionId: z.uuid(),
  opensAt: z.string(),
  closesAt: z.string(),
  validationClosesAt: z.string(),
  /** when an administrator ended the validation window early */
  validationEndedAt: z.string().nullable(),
  reminderDays: z.array(z.number().int()),
  isDemo: z.boolean(),
  participants: z.number().int(),
  /** the cycle's assessments by state (every state, zero included) */
  assessments: z.record(AssessmentStatusEnum, z.number().int()),
  /** what may be done now, by the server's clock */
  actions: z.array(CycleActionSchema),
  /** oldest first; the last one is current */
  publications: z.array(PublicationRefSchema),
});
export type CycleSummary = z.infer<typeof CycleSummarySchema>;

const CountryRefSchema = z.object({ iso3: Iso3Schema, names: LocalizedStringSchema, region: RegionSchema });

export const CycleParticipantSchema = CountryRefSchema.extend({
  /** null until the cycle opens */
  assessment: z
    .object({
      id: z.uuid(),
      status: AssessmentStatusEnum,
      /** the cycle's closing date, or this country's extension */
      deadline: z.string(),
      deadlineOverride: z.string().nullable(),
      submittedAt: z.string().nullable(),
      openThreads: z.number().int(),
    })
    .nullable(),
});
export type CycleParticipant = z.infer<typeof CycleParticipantSchema>;

export const CycleDetailSchema = z.object({
  cycle: CycleSummarySchema,
  methodology: z.object({ id: z.uuid(), key: z.string(), name: LocalizedStringSchema, status: z.string() }),
  participants: z.array(CycleParticipantSchema),
});
export type CycleDetail = z.infer<typeof CycleDetailSchema>;

/** What a new cycle can be made of: the published methodology versions and every country. */
export const CycleSetupSchema = z.object({
  methodologies: z.array(z.object({ id: z.uuid(), key: z.string(), name: LocalizedStringSchema, edition: z.number().int() })),
  countries: z.array(CountryRefSchema),
});
export type CycleSetup = z.infer<typeof CycleSetupSchema>;

/** An assessment a confirmation is about: one with its review still open, or not ready to publish. */
export const PendingAssessmentSchema = CountryRefSchema.extend({
  assessmentId: z.uuid(),
  status: AssessmentStatusEnum,
  openThreads: z.number().int(),
});
export type PendingAssessment = z.infer<typeof PendingAssessmentSchema>;

/** `details` of the 409 answered to closing with reviews still open; send `confirm: true` to close anyway. */
export const OpenReviewsDetailsSchema = z.object({ openReviews: z.array(PendingAssessmentSchema) });

/** `details` of the 409 answered to publishing with countries not validated; name them in `leaveOut` to publish without them. */
export const NotReadyDetailsSchema = z.object({ notReady: z.array(PendingAssessmentSchema) });
