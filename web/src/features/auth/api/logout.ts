import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

/** Ends the session on the server (204). */
export async function logout(): Promise<void> {
  await apiSend('POST', '/api/auth/logout', undefined, z.null());
}
