import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../testing/render-markup.ts';
import { NewPasswordFields } from './new-password-fields.tsx';

const english = 'The password is too easy to guess. This is a commonly used password.';

describe('NewPasswordFields', () => {
  it('words a password too easy to guess from zxcvbn’s keys, in the page’s language', () => {
    const html = renderMarkup(<NewPasswordFields errors={{ password: { message: 'server words', warning: 'common', suggestions: ['anotherWord'] } }} />);
    expect(html).toContain('This password is too easy to guess. This is a commonly used password. Add more words that are less common.');
    expect(html).not.toContain('server words');
  });

  it('falls back on the server’s message when a key has no words here or none was sent', () => {
    const unknown = renderMarkup(<NewPasswordFields errors={{ password: { message: english, warning: 'somethingNew', suggestions: [] } }} />);
    expect(unknown).toContain(english);
    const none = renderMarkup(<NewPasswordFields errors={{ password: { message: english, suggestions: [] } }} />);
    expect(none).toContain(english);
  });
});
