import { describe, expect, it } from 'vitest';
import { purposeOfPath, tokenOfHash } from './account-link-page.ts';

describe(purposeOfPath.name, () => {
  it('knows each link page by its path', () => {
    expect(purposeOfPath('/welcome')).toBe('invitation');
    expect(purposeOfPath('/reset-password/')).toBe('password_reset');
    expect(purposeOfPath('/setup')).toBe('setup');
  });
});

describe(tokenOfHash.name, () => {
  it('reads the secret from the fragment, and nothing from an empty one', () => {
    expect(tokenOfHash('#q2Vb3lC8d0yW1bS5dPz6J9nG4rT7uA1eX3kM8hF2cQ0')).toBe('q2Vb3lC8d0yW1bS5dPz6J9nG4rT7uA1eX3kM8hF2cQ0');
    expect(tokenOfHash('')).toBe('');
    expect(tokenOfHash('#')).toBe('');
  });
});
