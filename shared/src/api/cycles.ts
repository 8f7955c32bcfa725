import { z } from 'zod';
import { CycleSummarySchema } from '../schemas/workbench.ts';
import { defineRoute } from './route.ts';

export const CyclesSchema = z.object({ cycles: z.array(CycleSummarySchema) });
export type Cycles = z.infer<typeof CyclesSchema>;

export const cyclesApi = {
  list: defineRoute({
    id: 'listCycles',
    method: 'GET',
    path: '/api/cycles',
    tag: 'cycles',
    access: ['admin', 'analyst', 'reviewer'],
    summary: 'Every cycle, newest first, with its publications (oldest first; the last one is current)',
    responses: { 200: CyclesSchema },
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const cyclesComponents: Readonly<Record<string, z.ZodType>> = { CycleSummary: CycleSummarySchema };
