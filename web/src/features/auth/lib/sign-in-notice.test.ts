import { describe, expect, it } from 'vitest';
import { readSignInNotice } from './sign-in-notice.ts';

describe(readSignInNotice.name, () => {
  it('reads the notice a link page left in the history state', () => {
    expect(readSignInNotice({ notice: 'password_set', email: 'li@example.org' })).toEqual({ notice: 'password_set', email: 'li@example.org' });
    expect(readSignInNotice({ notice: 'password_set' })).toEqual({ notice: 'password_set', email: null });
  });

  it('ignores any other state', () => {
    expect(readSignInNotice(null)).toBeNull();
    expect(readSignInNotice('password_set')).toBeNull();
    expect(readSignInNotice({ notice: 'other', email: 'li@example.org' })).toBeNull();
  });
});
