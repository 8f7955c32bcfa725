import type { TFunction } from 'i18next';
import type { ValidationIssue } from '@gci/shared';
import { isApiError } from './api-client.ts';

/** The input at fault as the reader knows it: `params.year` → “year”, `body.items.0.title` → “title”. */
const fieldName = (field: string | undefined): string =>
  (field ?? '')
    .split('.')
    .filter((part) => part && !/^\d+$/.test(part) && !['body', 'params', 'query', 'querystring', 'headers'].includes(part))
    .at(-1) ?? '';

/**
 * A rejected input said in words, in the reader's language, with the field named (the server's
 * `message` is English for API users: "params.year: Invalid input: expected number, received NaN").
 * null when the error is not a request validation failure.
 */
export function describeValidation(error: unknown, t: TFunction): string | null {
  if (!isApiError(error) || error.code !== 'validation_failed') return null;
  const issue = issueOf(error.details);
  const field = fieldName(error.field);
  if (!issue || !field) return t('errors.validation.generic');
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? t('errors.validation.number', { field }) : t('errors.validation.type', { field });
    case 'too_small':
      return issue.minimum !== undefined ? t('errors.validation.tooSmall', { field, minimum: issue.minimum }) : t('errors.validation.invalid', { field });
    case 'too_big':
      return issue.maximum !== undefined ? t('errors.validation.tooBig', { field, maximum: issue.maximum }) : t('errors.validation.invalid', { field });
    case 'invalid_format':
      return t('errors.validation.format', { field });
    case 'invalid_value':
      return t('errors.validation.value', { field });
    case 'unrecognized_keys':
      return t('errors.validation.unexpected', { field });
    default:
      return t('errors.validation.invalid', { field });
  }
}

/**
 * The zod issue in a `validation_failed`'s details (ValidationDetailsSchema, from our own server),
 * read without zod: this module is in every page's error boundary, public ones included.
 */
function issueOf(details: unknown): ValidationIssue | undefined {
  const issue = typeof details === 'object' && details !== null ? (details as { issue?: unknown }).issue : undefined;
  return typeof issue === 'object' && issue !== null && typeof (issue as { code?: unknown }).code === 'string' ? (issue as ValidationIssue) : undefined;
}

/** What to tell the reader about a failed call: a validation in words, else the server's message, else `fallback`. */
export function describeApiError(error: unknown, t: TFunction, fallback: string): string {
  return describeValidation(error, t) ?? (isApiError(error) ? error.message : fallback);
}
