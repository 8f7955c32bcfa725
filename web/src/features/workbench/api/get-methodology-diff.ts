import { z } from 'zod';
import { NODE_KINDS, type MethodologyDiff } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

// The server declares this response schema in its route file, not in shared/; this copy is held to
// the shared `MethodologyDiff` type by the annotation, so a change there fails the type check here.
const Change = z.object({ key: z.string(), kind: z.enum(NODE_KINDS) });
const MethodologyDiffSchema: z.ZodType<MethodologyDiff> = z.object({
  added: z.array(Change),
  removed: z.array(Change),
  moved: z.array(Change.extend({ fromParent: z.string().nullable(), toParent: z.string().nullable() })),
  reweighted: z.array(Change.extend({ from: z.number(), to: z.number() })),
  rescored: z.array(Change),
  reworded: z.array(Change),
  thresholdsChanged: z.boolean(),
  settingsChanged: z.array(z.string()),
});

/** What changed from version `fromId` to version `toId`, by node key. */
export function getMethodologyDiff(fromId: string, toId: string, signal?: AbortSignal): Promise<MethodologyDiff> {
  return apiGet(`/api/methodologies/${encodeURIComponent(fromId)}/diff/${encodeURIComponent(toId)}`, MethodologyDiffSchema, { signal });
}
