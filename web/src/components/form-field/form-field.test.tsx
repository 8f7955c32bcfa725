import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../testing/render-markup.ts';
import { FormError, FormField } from './index.tsx';

describe('FormField', () => {
  it('ties the label to the control, and the hint to its description', () => {
    const html = renderMarkup(
      <FormField label="Country" hint="Three letters">
        {(control) => <input name="country" {...control} />}
      </FormField>,
    );
    const id = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<label for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-hint"`);
    expect(html).toContain(`<p id="${id}-hint"`);
    expect(html).not.toContain('aria-invalid');
  });

  it('marks the control invalid and reads the error after the hint', () => {
    const html = renderMarkup(
      <FormField label="Country" hint="Three letters" error="Not a country code" announceError>
        {(control) => <input name="country" {...control} />}
      </FormField>,
    );
    const id = /<input id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(new RegExp(`<p id="${id}-error"[^>]*role="alert"[^>]*>Not a country code</p>`));
  });

  it('keeps an id the page gives, for its hint and error too', () => {
    const html = renderMarkup(
      <FormField id="f-weight" label="Weight" error="Not a number">
        {(control) => <input {...control} />}
      </FormField>,
    );
    expect(html).toContain('<label for="f-weight"');
    expect(html).toContain('<input id="f-weight" aria-describedby="f-weight-error" aria-invalid="true"/>');
    expect(html).toContain('<p id="f-weight-error"');
  });

  it('announces a whole form’s error, and shows nothing without one', () => {
    expect(renderMarkup(<FormError message="Wrong password" />)).toMatch(/role="alert"[^>]*>Wrong password</);
    expect(renderMarkup(<FormError message={null} />)).toBe('');
  });
});
