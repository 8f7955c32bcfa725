import { z } from 'zod';
import { defineRoute } from './route.ts';

export const PublishCycleBodySchema = z.object({ note: z.string().trim().max(2000).optional() }).strict();

/** What a publication is known by: its id, and the hash of its content (equal content, equal hash). */
export const PublicationReceiptSchema = z.object({ publicationId: z.uuid(), contentHash: z.string() });
export type PublicationReceipt = z.infer<typeof PublicationReceiptSchema>;

export const publicationApi = {
  publish: defineRoute({
    id: 'publishCycle',
    method: 'POST',
    path: '/api/cycles/:cycleId/publish',
    tag: 'cycles',
    access: ['analyst', 'admin'],
    summary: "Publish a cycle's results: recomputed on the server, stored as an immutable snapshot (a new one supersedes the last)",
    description: '409 `illegal_transition` while the cycle is planned or open, 409 `conflict` while its methodology is unpublished.',
    params: z.object({ cycleId: z.uuid() }),
    body: PublishCycleBodySchema,
    examples: { first: { note: 'First publication of the 2024 results' }, bare: {} },
    responses: { 201: PublicationReceiptSchema },
    errors: [404, 409],
  }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const publicationComponents: Readonly<Record<string, z.ZodType>> = {};
