import { z } from 'zod';
import { BackcastSchema, NewScenarioBodySchema, ScenarioSchema, WorkbenchDataSchema } from '../schemas/workbench.ts';
import { routeGroup, type RouteDocs } from './route.ts';

export const ScenariosSchema = z.object({ scenarios: z.array(ScenarioSchema) });
export type Scenarios = z.infer<typeof ScenariosSchema>;

const ANALYSTS = ['analyst', 'admin'] as const;

const docs = {
  getWorkbenchData: { summary: "A cycle's answers and a methodology version (the cycle's own unless `version`), for live rescoring in the browser" },
  getBackcast: { summary: "Rescore a cycle's answers under another version where question keys match, naming the questions that do not" },
  listScenarios: { summary: 'Saved scenarios, newest first' },
  getScenario: { summary: 'A saved scenario (share it by link)' },
  saveScenario: {
    summary: 'Save a scenario: weight and threshold overrides with a name and a note',
    description: 'Weights are by node key, thresholds by tier number; 404 when the cycle, the version or a node of `overrides.weights` does not exist.',
    examples: {
      legalHeavy: {
        name: 'Legal heavy',
        note: 'What if law counted triple?',
        cycleYear: 2024,
        methodologyVersionId: '6f1c2a9e-4b7d-4e8a-9c3f-2d5e8b1a7c40',
        overrides: { weights: { legal: 3, 'technical.staff': 0 }, thresholds: { '3': 50 } },
      },
    },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'workbench', access: ANALYSTS, docs });

export const workbenchApi = {
  getData: route.get('/api/workbench/cycles/:year', { id: 'getWorkbenchData', query: z.object({ version: z.uuid().optional() }).strict(), responses: { 200: WorkbenchDataSchema } }),
  getBackcast: route.get('/api/workbench/cycles/:year/backcast', { id: 'getBackcast', query: z.object({ version: z.uuid() }).strict(), responses: { 200: BackcastSchema } }),
  listScenarios: route.get('/api/scenarios', { id: 'listScenarios', responses: { 200: ScenariosSchema } }),
  getScenario: route.get('/api/scenarios/:scenarioId', { id: 'getScenario', responses: { 200: ScenarioSchema } }),
  saveScenario: route.post('/api/scenarios', { id: 'saveScenario', body: NewScenarioBodySchema, responses: { 201: z.object({ id: z.uuid() }) }, errors: [404] }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const workbenchComponents: Readonly<Record<string, z.ZodType>> = {
  WorkbenchData: WorkbenchDataSchema,
  Backcast: BackcastSchema,
  Scenario: ScenarioSchema,
};
