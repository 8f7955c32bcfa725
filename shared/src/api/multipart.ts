import type { MultipartBody, RouteSpec } from './route.ts';

/** Whether a route takes a multipart body. Kept apart from route.ts (which needs zod) for the browser's API client. */
export const isMultipart = (body: RouteSpec['body']): body is MultipartBody => typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'multipart';
