import { z } from 'zod';
import { Iso3Schema } from '../schemas/country.ts';
import { routeGroup, type RouteDocs } from './route.ts';

export const PublishCycleBodySchema = z
  .object({
    note: z.string().trim().max(2000).optional(),
    /** the countries not validated that the analyst agrees to leave out of the results: exactly the ones a 409 listed */
    leaveOut: z.array(Iso3Schema).max(400).optional(),
  })
  .strict();
export type PublishCycleBody = z.infer<typeof PublishCycleBodySchema>;

/** What a publication is known by: its id, and the hash of its content (equal content, equal hash). */
export const PublicationReceiptSchema = z.object({ publicationId: z.uuid(), contentHash: z.string() });
export type PublicationReceipt = z.infer<typeof PublicationReceiptSchema>;

const docs = {
  publishCycle: {
    summary: "Publish a cycle's results: recomputed on the server, stored as an immutable snapshot (a new one supersedes the last)",
    description:
      "Allowed in validation once the validation window is over (or ended early), and again once published (a republication). Otherwise 409 `illegal_transition` with `details.status`. Countries whose assessment is not validated (validated, accepted or final) are listed in a 409 `conflict` (`details.notReady`): name exactly those in `leaveOut` to publish without them; they are then absent from the results. 409 `conflict` while the cycle's methodology is unpublished.",
    examples: { first: { note: 'First publication of the 2024 results' }, bare: {}, leavingOut: { note: 'Without two countries', leaveOut: ['BRA', 'FRA'] } },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'cycles', access: ['analyst', 'admin'], docs });

export const publicationApi = {
  publish: route.post('/api/cycles/:cycleId/publish', { id: 'publishCycle', body: PublishCycleBodySchema, responses: { 201: PublicationReceiptSchema }, errors: [409] }),
};

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const publicationComponents: Readonly<Record<string, z.ZodType>> = {};
