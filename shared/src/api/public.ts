import type { z } from 'zod';
import type { AnyRoute } from './route.ts';

/** The routes of this room, declared with `defineRoute` (see route.ts). */
export const publicApi = {} satisfies Record<string, AnyRoute>;

/** Schemas of this room named in the OpenAPI document (name → schema). */
export const publicComponents: Readonly<Record<string, z.ZodType>> = {};
