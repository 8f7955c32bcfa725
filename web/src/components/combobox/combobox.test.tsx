import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../testing/render-markup.ts';
import { Combobox } from './index.tsx';

describe('Combobox', () => {
  it('is a plain labelled text field as the server sends it: no combobox roles before the script can serve them', () => {
    const html = renderMarkup(
      <Combobox label="Find a country" options={[{ value: 'CIV', label: "Côte d'Ivoire" }]} initialText="Côte" name="country" onSelect={() => undefined} />,
    );
    expect(html).toMatch(/<label for="([^"]+)"[^>]*>Find a country<\/label><input id="\1" type="text" name="country" value="Côte"\/>/);
    expect(html).not.toContain('role="combobox"');
    expect(html).not.toContain('role="listbox"');
  });
});
