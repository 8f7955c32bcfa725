import { z } from 'zod';
import { CreateDraftBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type CreateDraftInput = z.input<typeof CreateDraftBodySchema>;

/** Clones any version into a new draft; resolves with the draft's id. */
export async function createDraft(input: CreateDraftInput): Promise<string> {
  return (await apiSend('POST', '/api/methodologies', CreateDraftBodySchema.parse(input), z.object({ id: z.string() }))).id;
}
