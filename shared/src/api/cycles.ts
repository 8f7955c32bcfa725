import { z } from 'zod';
import { CloseCycleBodySchema, CycleDetailSchema, CycleSetupSchema, CycleSummarySchema, NewCycleBodySchema, UpdateCycleBodySchema } from '../schemas/cycles.ts';
import { LocaleSchema } from '../schemas/locale.ts';
import { file, routeGroup, text, type RouteDocs, type AnyRoute } from './route.ts';

export const CyclesSchema = z.object({ cycles: z.array(CycleSummarySchema) });
export type Cycles = z.infer<typeof CyclesSchema>;

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

const docs = {
  listCycles: { summary: 'Every cycle, newest first, with its assessments counted by state and its publications (oldest first; the last one is current)' },
  getCycleSetup: { summary: 'What a new cycle can be made of: the published methodology versions and every country' },
  createCycle: {
    summary: 'Create a cycle as a draft: year, name, a published methodology version, dates, reminder days and participating countries',
    description:
      'A 400 names the field at fault: `body.methodologyVersionId` unless the version is published, `body.closesAt` unless after opening, `body.validationClosesAt` unless after closing, `body.participants` for an unknown country. 409 naming `body.year` when that year has a cycle.',
    examples: { gci2027: newCycleExample },
  },
  getCycle: { summary: "A cycle with its methodology and its participants' assessments (state, deadline, open threads)" },
  updateCycle: {
    summary: 'Change a draft cycle (any of its fields; participants are replaced)',
    description: 'The same checks as creating, against the stored values; 409 `illegal_transition` once the cycle is open.',
    examples: { rename: { name: 'GCI 2027 (fifth edition)' }, later: { closesAt: '2027-07-15T23:59:59Z', validationClosesAt: '2027-09-15T23:59:59Z' } },
  },
  closeCycle: {
    summary: 'Close an open cycle: the country teams can no longer change answers',
    description:
      'With reviews still open (assessments submitted, in review, returned, resubmitted or disputed, or with an open comment thread) a 409 `conflict` lists them in `details.openReviews`; send `confirm: true` to close anyway. 409 `illegal_transition` unless open.',
    examples: { ask: {}, confirmed: { confirm: true } },
  },
  openCycle: {
    summary: 'Open a draft cycle: one assessment per participating country',
    description: 'Idempotent: opening an open cycle again (a retry, or two at once) answers the same and creates nothing twice.',
  },
  startCycleValidation: {
    summary: 'Start the validation of a closed cycle: countries check their provisional results until the window ends',
    description: 'The cycle can be published once its validation window is over (`validationClosesAt`, or ended early).',
  },
  endCycleValidation: {
    summary: 'End the validation window now, before its planned end, so that the cycle can be published',
    description: '409 `illegal_transition` unless the cycle is in validation with its window still running.',
  },
  exportCycleAnswersXlsx: {
    summary: 'Every answer of a cycle (XLSX), for analysis: one row per country and question with the raw value and the points and score it earns',
    description:
      'Columns: iso3, country, region, pillar, question key and text (chosen language), applicable (skip logic), raw value, points, max points, score (0–1, by the shared scoring engine; empty when unanswered, not applicable or free text). Analysts and admins only; sent as an attachment named after the year and the language (DEMO for demo cycles).',
  },
  exportCycleAnswersCsv: { summary: "The same export of a cycle's answers as CSV (UTF-8 with BOM)" },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'cycles', access: ['admin'], docs });
const ANALYSTS = ['admin', 'analyst'] as const;
const ExportQuery = z.object({ lang: LocaleSchema.default('en').describe('language of the questions and country names') }).strict();

/** The steps of a cycle's life (open, close, …) are admin only, one transaction each, audited; out of order, 409 `illegal_transition` with `details.status`. */

export const cyclesApi = {
  list: route.get('/api/cycles', { id: 'listCycles', access: STAFF, responses: { 200: CyclesSchema } }),
  setup: route.get('/api/cycles/setup', { id: 'getCycleSetup', responses: { 200: CycleSetupSchema } }),
  create: route.post('/api/cycles', { id: 'createCycle', body: NewCycleBodySchema, responses: { 201: CycleDetailSchema }, errors: [409] }),
  detail: route.get('/api/cycles/:cycleId', { id: 'getCycle', access: STAFF, responses: { 200: CycleDetailSchema } }),
  update: route.patch('/api/cycles/:cycleId', { id: 'updateCycle', body: UpdateCycleBodySchema, responses: { 200: CycleDetailSchema }, errors: [409] }),
  open: route.post('/api/cycles/:cycleId/open', { id: 'openCycle', responses: { 200: CycleDetailSchema }, errors: [409] }),
  close: route.post('/api/cycles/:cycleId/close', { id: 'closeCycle', body: CloseCycleBodySchema, responses: { 200: CycleDetailSchema }, errors: [409] }),
  startValidation: route.post('/api/cycles/:cycleId/start-validation', { id: 'startCycleValidation', responses: { 200: CycleDetailSchema }, errors: [409] }),
  endValidation: route.post('/api/cycles/:cycleId/end-validation', { id: 'endCycleValidation', responses: { 200: CycleDetailSchema }, errors: [409] }),
  exportAnswersXlsx: route.get('/api/cycles/:cycleId/exports/answers.xlsx', {
    id: 'exportCycleAnswersXlsx',
    access: ANALYSTS,
    query: ExportQuery,
    responses: { 200: file('An XLSX workbook, as an attachment') },
  }),
  exportAnswersCsv: route.get('/api/cycles/:cycleId/exports/answers.csv', {
    id: 'exportCycleAnswersCsv',
    access: ANALYSTS,
    query: ExportQuery,
    responses: { 200: text('text/csv', 'One row per country and question, RFC 4180 CSV, as an attachment') },
  }),
} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const cyclesComponents: Readonly<Record<string, z.ZodType>> = {
  CycleSummary: CycleSummarySchema,
  CycleDetail: CycleDetailSchema,
};
