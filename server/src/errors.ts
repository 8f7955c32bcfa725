import type { ErrorCode } from '@gci/shared';

/** The one error type services throw; the error handler turns it into `{ code, message, field?, details? }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: { field?: string; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found`);
export const badRequest = (message: string, field?: string, details?: unknown) => new AppError(400, 'validation_failed', message, { field, details });
export const conflict = (message: string, details?: unknown) => new AppError(409, 'conflict', message, { details });
export const forbidden = (message = 'You may not do this') => new AppError(403, 'forbidden', message);
export const unauthenticated = (message = 'Please sign in') => new AppError(401, 'unauthenticated', message);
