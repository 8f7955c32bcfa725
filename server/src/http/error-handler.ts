import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ValidationIssueSchema, type ErrorBody, type ErrorCode } from '@gci/shared';
import { AppError } from '../errors.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

/** `body/value/0` → `body.value.0` */
function fieldOf(context: string | undefined, instancePath: string | undefined): string {
  const path = (instancePath ?? '').split('/').filter(Boolean);
  return [context ?? 'body', ...path].join('.');
}

function toErrorBody(error: FastifyError | AppError | Error): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { code: error.code, message: error.message, field: error.extra.field, details: error.extra.details },
      headers: error.extra.headers,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    // An unknown key is reported on its parent object; name the key itself, so the client sees which one.
    const unknownKey = first?.keyword === 'unrecognized_keys' ? (first.params as { keys?: string[] }).keys?.[0] : undefined;
    const field = fieldOf(error.validationContext, `${first?.instancePath ?? ''}${unknownKey ? `/${unknownKey}` : ''}`);
    const params = first?.params ?? {};
    const issue = ValidationIssueSchema.safeParse({ code: first?.keyword ?? 'custom', ...pickIssueParams(params) }).data ?? { code: 'custom' };
    return { status: 400, body: { code: 'validation_failed', message: `${field}: ${first?.message ?? 'invalid'}`, field, details: { issue } } };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      body: { code: 'service_unavailable', message: 'The database is unavailable; please retry shortly' },
      headers: { 'retry-after': '5' },
    };
  }
  // A request that slipped past validation into a database rule is still the client's input, never a 500.
  const pgCode = (error as { code?: string }).code;
  if (pgCode === '23514' || pgCode === '22P02' || pgCode === '22003') {
    return { status: 400, body: { code: 'validation_failed', message: 'A value breaks a rule of the data model' } };
  }
  if (pgCode === '23505') return { status: 409, body: { code: 'conflict', message: 'This already exists' } };
  const status = (error as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'validation_failed';
    const field = status === 400 && /JSON|body/i.test(error.message) ? 'body' : undefined;
    return { status, body: { code, message: error.message, field } };
  }
  return { status: 500, body: { code: 'internal_error', message: 'Something went wrong on our side; it has been logged' } };
}

/** One handler for every error: `{ code, message, field? }`, never a stack trace or SQL in the body. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body, headers } = toErrorBody(error);
    if (status >= 500 || isResponseSerializationError(error)) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.code, field: body.field }, body.message);
    if (headers) void reply.headers(headers);
    return reply.status(status).send(body);
  });
}

/** The parts of a zod issue a client words for the reader (bounds, the expected type, the format). */
function pickIssueParams(params: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of ['expected', 'minimum', 'maximum', 'format'] as const) {
    const value = params[key];
    if (typeof value === 'string' || typeof value === 'number') picked[key] = value;
    else if (typeof value === 'bigint') picked[key] = value.toString();
  }
  return picked;
}
