import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { checkInvitation, fieldErrorsOf, scopeOf, type PersonDraft } from './person-form.ts';

const draft: PersonDraft = { email: ' Awa.Diop@Example.org ', name: 'Awa Diop', role: 'focal_point', country: 'SEN', locale: 'fr', lead: true };

describe(checkInvitation.name, () => {
  it('gives the body the route takes: a focal point with their country and lead mark', () => {
    expect(checkInvitation(draft)).toEqual({
      ok: true,
      body: { email: 'awa.diop@example.org', name: 'Awa Diop', role: 'focal_point', country: 'SEN', locale: 'fr', lead: true },
    });
  });

  it('drops the country and lead mark a form still holds for another role', () => {
    expect(checkInvitation({ ...draft, role: 'analyst' })).toMatchObject({ ok: true, body: { role: 'analyst', country: null, lead: false } });
  });

  it('names each field the route would refuse', () => {
    expect(checkInvitation({ ...draft, email: 'not an email', name: ' ', country: '' })).toEqual({
      ok: false,
      errors: { email: 'invalid', name: 'invalid', country: 'invalid' },
    });
  });
});

describe(scopeOf.name, () => {
  it('keeps a country and lead mark for a focal point only', () => {
    expect(scopeOf({ role: 'focal_point', country: '', lead: false })).toEqual({ country: null, lead: false });
    expect(scopeOf({ role: 'reviewer', country: 'KEN', lead: true })).toEqual({ country: null, lead: false });
  });
});

describe(fieldErrorsOf.name, () => {
  it('puts a 400 at the field it names, and a 409 at the email', () => {
    expect(fieldErrorsOf(new ApiError(400, 'validation_failed', 'Unknown country XXX', 'body.country'))).toEqual({ country: 'invalid' });
    expect(fieldErrorsOf(new ApiError(409, 'conflict', 'An account exists'))).toEqual({ email: 'taken' });
  });

  it('leaves other failures to the form', () => {
    expect(fieldErrorsOf(new ApiError(400, 'validation_failed', 'bad', 'query.page'))).toBeNull();
    expect(fieldErrorsOf(new ApiError(403, 'forbidden', 'no'))).toBeNull();
    expect(fieldErrorsOf(new Error('boom'))).toBeNull();
  });
});
