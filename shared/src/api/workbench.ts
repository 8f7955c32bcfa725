import { z } from 'zod';
import { BackcastSchema, NewScenarioBodySchema, ScenarioSchema, WorkbenchDataSchema } from '../schemas/workbench.ts';
import { defineRoute } from './route.ts';

export const ScenariosSchema = z.object({ scenarios: z.array(ScenarioSchema) });
export type Scenarios = z.infer<typeof ScenariosSchema>;

const ANALYSTS = ['analyst', 'admin'] as const;
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const workbenchApi = {
  getData: defineRoute({
    id: 'getWorkbenchData',
    method: 'GET',
    path: '/api/workbench/cycles/:year',
    tag: 'workbench',
    access: ANALYSTS,
    summary: "A cycle's answers and a methodology version (the cycle's own unless `version`), for live rescoring in the browser",
    params: YearParams,
    query: z.object({ version: z.uuid().optional() }).strict(),
    responses: { 200: WorkbenchDataSchema },
    errors: [404],
  }),
  getBackcast: defineRoute({
    id: 'getBackcast',
    method: 'GET',
    path: '/api/workbench/cycles/:year/backcast',
    tag: 'workbench',
    access: ANALYSTS,
    summary: "Rescore a cycle's answers under another version where question keys match, naming the questions that do not",
    params: YearParams,
    query: z.object({ version: z.uuid() }).strict(),
    responses: { 200: BackcastSchema },
    errors: [404],
  }),
  listScenarios: defineRoute({
    id: 'listScenarios',
    method: 'GET',
    path: '/api/scenarios',
    tag: 'workbench',
    access: ANALYSTS,
    summary: 'Saved scenarios, newest first',
    responses: { 200: ScenariosSchema },
  }),
  getScenario: defineRoute({
    id: 'getScenario',
    method: 'GET',
    path: '/api/scenarios/:scenarioId',
    tag: 'workbench',
    access: ANALYSTS,
    summary: 'A saved scenario (share it by link)',
    params: z.object({ scenarioId: z.uuid() }),
    responses: { 200: ScenarioSchema },
    errors: [404],
  }),
  saveScenario: defineRoute({
    id: 'saveScenario',
    method: 'POST',
    path: '/api/scenarios',
    tag: 'workbench',
    access: ANALYSTS,
    summary: 'Save a scenario: weight and threshold overrides with a name and a note',
    description: 'Weights are by node key, thresholds by tier number; 404 when the cycle, the version or a node of `overrides.weights` does not exist.',
    body: NewScenarioBodySchema,
    examples: {
      legalHeavy: {
        name: 'Legal heavy',
        note: 'What if law counted triple?',
        cycleYear: 2024,
        methodologyVersionId: '6f1c2a9e-4b7d-4e8a-9c3f-2d5e8b1a7c40',
        overrides: { weights: { legal: 3, 'technical.staff': 0 }, thresholds: { '3': 50 } },
      },
    },
    responses: { 201: z.object({ id: z.uuid() }) },
    errors: [404],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const workbenchComponents: Readonly<Record<string, z.ZodType>> = {
  WorkbenchData: WorkbenchDataSchema,
  Backcast: BackcastSchema,
  Scenario: ScenarioSchema,
};
