import { z } from 'zod';
import { CloseCycleBodySchema, CycleDetailSchema, CycleSetupSchema, CycleSummarySchema, NewCycleBodySchema, UpdateCycleBodySchema } from '../schemas/cycles.ts';
import { defineRoute, type AnyRoute } from './route.ts';

export const CyclesSchema = z.object({ cycles: z.array(CycleSummarySchema) });
export type Cycles = z.infer<typeof CyclesSchema>;

export const CycleParamsSchema = z.object({ cycleId: z.uuid() });

const STAFF = ['admin', 'analyst', 'reviewer'] as const;

const newCycleExample = {
  year: 2027,
  name: 'GCI 2027',
  methodologyVersionId: '0b7f9e64-5a0e-4a57-9a53-0a4a2f1b7c11',
  opensAt: '2027-03-01T00:00:00Z',
  closesAt: '2027-06-30T23:59:59Z',
  validationClosesAt: '2027-08-31T23:59:59Z',
  reminderDays: [14, 7, 1],
  participants: ['KEN', 'FRA', 'BRA'],
};

/** A step of a cycle's life: admin only, one transaction, audited; 409 `illegal_transition` (with `details.status`) out of order. */
const transition = (id: string, action: string, summary: string, description: string) =>
  defineRoute({
    id,
    method: 'POST',
    path: `/api/cycles/:cycleId/${action}`,
    tag: 'cycles',
    access: ['admin'],
    summary,
    description,
    params: CycleParamsSchema,
    responses: { 200: CycleDetailSchema },
    errors: [404, 409],
  });

export const cyclesApi = {
  list: defineRoute({
    id: 'listCycles',
    method: 'GET',
    path: '/api/cycles',
    tag: 'cycles',
    access: STAFF,
    summary: 'Every cycle, newest first, with its assessments counted by state and its publications (oldest first; the last one is current)',
    responses: { 200: CyclesSchema },
  }),
  setup: defineRoute({
    id: 'getCycleSetup',
    method: 'GET',
    path: '/api/cycles/setup',
    tag: 'cycles',
    access: ['admin'],
    summary: 'What a new cycle can be made of: the published methodology versions and every country',
    responses: { 200: CycleSetupSchema },
  }),
  create: defineRoute({
    id: 'createCycle',
    method: 'POST',
    path: '/api/cycles',
    tag: 'cycles',
    access: ['admin'],
    summary: 'Create a cycle as a draft: year, name, a published methodology version, dates, reminder days and participating countries',
    description:
      'A 400 names the field at fault: `body.methodologyVersionId` unless the version is published, `body.closesAt` unless after opening, `body.validationClosesAt` unless after closing, `body.participants` for an unknown country. 409 naming `body.year` when that year has a cycle.',
    body: NewCycleBodySchema,
    examples: { gci2027: newCycleExample },
    responses: { 201: CycleDetailSchema },
    errors: [409],
  }),
  detail: defineRoute({
    id: 'getCycle',
    method: 'GET',
    path: '/api/cycles/:cycleId',
    tag: 'cycles',
    access: STAFF,
    summary: "A cycle with its methodology and its participants' assessments (state, deadline, open threads)",
    params: CycleParamsSchema,
    responses: { 200: CycleDetailSchema },
    errors: [404],
  }),
  update: defineRoute({
    id: 'updateCycle',
    method: 'PATCH',
    path: '/api/cycles/:cycleId',
    tag: 'cycles',
    access: ['admin'],
    summary: 'Change a draft cycle (any of its fields; participants are replaced)',
    description: 'The same checks as creating, against the stored values; 409 `illegal_transition` once the cycle is open.',
    params: CycleParamsSchema,
    body: UpdateCycleBodySchema,
    examples: { rename: { name: 'GCI 2027 (fifth edition)' }, later: { closesAt: '2027-07-15T23:59:59Z', validationClosesAt: '2027-09-15T23:59:59Z' } },
    responses: { 200: CycleDetailSchema },
    errors: [404, 409],
  }),
  open: transition(
    'openCycle',
    'open',
    'Open a draft cycle: one assessment per participating country',
    'Idempotent: opening an open cycle again (a retry, or two at once) answers the same and creates nothing twice.',
  ),
  close: defineRoute({
    id: 'closeCycle',
    method: 'POST',
    path: '/api/cycles/:cycleId/close',
    tag: 'cycles',
    access: ['admin'],
    summary: 'Close an open cycle: the country teams can no longer change answers',
    description:
      'With reviews still open (assessments submitted, in review, returned, resubmitted or disputed, or with an open comment thread) a 409 `conflict` lists them in `details.openReviews`; send `confirm: true` to close anyway. 409 `illegal_transition` unless open.',
    params: CycleParamsSchema,
    body: CloseCycleBodySchema,
    examples: { ask: {}, confirmed: { confirm: true } },
    responses: { 200: CycleDetailSchema },
    errors: [404, 409],
  }),
  startValidation: transition(
    'startCycleValidation',
    'start-validation',
    'Start the validation of a closed cycle: countries check their provisional results until the window ends',
    'The cycle can be published once its validation window is over (`validationClosesAt`, or ended early).',
  ),
  endValidation: transition(
    'endCycleValidation',
    'end-validation',
    'End the validation window now, before its planned end, so that the cycle can be published',
    '409 `illegal_transition` unless the cycle is in validation with its window still running.',
  ),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const cyclesComponents: Readonly<Record<string, z.ZodType>> = {
  CycleSummary: CycleSummarySchema,
  CycleDetail: CycleDetailSchema,
};
