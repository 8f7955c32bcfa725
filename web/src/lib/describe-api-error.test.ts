import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { ApiError } from './api-client.ts';
import { describeApiError, describeValidation } from './describe-api-error.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'fr', fallbackLng: 'en', resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });

const rejected = (field: string, issue: Record<string, unknown>) =>
  new ApiError(400, 'validation_failed', `${field}: Invalid input: expected number, received NaN`, field, { issue });

describe('describeValidation', () => {
  it('names the field and says the zod issue in the reader’s language, never the raw English message', () => {
    const fr = i18n.getFixedT('fr');
    expect(describeValidation(rejected('params.year', { code: 'invalid_type', expected: 'number' }), fr)).toBe('« year » : saisissez un nombre.');
    expect(describeValidation(rejected('body.items.0.title', { code: 'too_big', maximum: 200 }), fr)).toBe(
      '« title » est trop grand ou trop long : au plus 200.',
    );
    const en = i18n.getFixedT('en');
    expect(describeValidation(rejected('query.dueBefore', { code: 'invalid_format', format: 'datetime' }), en)).toBe(
      '“dueBefore” is not in the expected format.',
    );
    expect(describeValidation(rejected('body.name', { code: 'too_small', minimum: 2 }), en)).toBe('“name” is too small or too short: at least 2.');
  });

  it('falls back to a plain sentence when the details hold no issue it can read', () => {
    const en = i18n.getFixedT('en');
    const generic = en('errors.validation.generic');
    expect(describeValidation(new ApiError(400, 'validation_failed', 'x', 'body.name', { issue: { code: 42 } }), en)).toBe(generic);
    expect(describeValidation(new ApiError(400, 'validation_failed', 'x', 'body.name', 'not an object'), en)).toBe(generic);
    expect(describeValidation(new ApiError(400, 'validation_failed', 'x', 'body.name', undefined), en)).toBe(generic);
  });

  it('leaves other errors to the caller', () => {
    const en = i18n.getFixedT('en');
    const conflict = new ApiError(409, 'conflict', 'Already published', undefined);
    expect(describeValidation(conflict, en)).toBeNull();
    expect(describeApiError(conflict, en, 'Failed')).toBe('Already published');
    expect(describeApiError(new Error('boom'), en, 'Failed')).toBe('Failed');
  });
});
