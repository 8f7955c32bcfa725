import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import { checkNewPassword, fieldOf, passwordRefusalOf } from './new-password.ts';

describe(checkNewPassword.name, () => {
  it('takes 12 to 128 characters, typed the same twice', () => {
    expect(checkNewPassword('correct horse', 'correct horse')).toEqual({});
    expect(checkNewPassword('x'.repeat(128), 'x'.repeat(128))).toEqual({});
  });

  it('says what is wrong, the password first', () => {
    expect(checkNewPassword('short', 'short')).toEqual({ password: 'tooShort' });
    expect(checkNewPassword('x'.repeat(129), 'x'.repeat(129))).toEqual({ password: 'tooLong' });
    expect(checkNewPassword('correct horse', 'correct hose')).toEqual({ confirmation: 'mismatch' });
  });
});

describe(fieldOf.name, () => {
  it('names the body field of a 400, and nothing else', () => {
    expect(fieldOf(new ApiError(400, 'validation_failed', 'wrong', 'body.currentPassword'))).toBe('currentPassword');
    expect(fieldOf(new ApiError(401, 'unauthenticated', 'no'))).toBeNull();
    expect(fieldOf(new ApiError(400, 'validation_failed', 'no field'))).toBeNull();
  });
});

describe(passwordRefusalOf.name, () => {
  it('keeps zxcvbn’s keys and the server’s words for a password too easy to guess, the rule’s name for the email-name rule', () => {
    const weak = 'The password is too easy to guess. This is a commonly used password.';
    expect(passwordRefusalOf(new ApiError(400, 'validation_failed', weak, 'body.password', { reason: 'weak_password' }), 'password')).toEqual({
      message: weak,
      suggestions: [],
    });
    const details = { reason: 'weak_password', warning: 'common', suggestions: ['anotherWord', 7] };
    expect(passwordRefusalOf(new ApiError(400, 'validation_failed', weak, 'body.password', details), 'password')).toEqual({
      message: weak,
      warning: 'common',
      suggestions: ['anotherWord'],
    });
    expect(passwordRefusalOf(new ApiError(400, 'validation_failed', 'email name', 'body.newPassword', { reason: 'email_name' }), 'newPassword')).toBe(
      'emailName',
    );
    expect(passwordRefusalOf(new ApiError(400, 'validation_failed', 'wrong', 'body.currentPassword'), 'newPassword')).toBeNull();
  });
});
