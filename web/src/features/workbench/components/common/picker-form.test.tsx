import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../testing/render-markup.ts';
import { PickerForm } from './picker-form.tsx';

const choices = [
  {
    name: 'from',
    label: 'From',
    value: 'b',
    options: ['a', 'b'].map((v) => (
      <option key={v} value={v}>
        {v}
      </option>
    )),
  },
  {
    name: 'to',
    label: 'To',
    value: 'a',
    options: ['a', 'b'].map((v) => (
      <option key={v} value={v}>
        {v}
      </option>
    )),
  },
];

describe('PickerForm', () => {
  it('labels each select and starts it from its value', () => {
    const html = renderMarkup(<PickerForm choices={choices} submitLabel="Show" onPick={() => undefined} />);
    for (const [label, name, value] of [
      ['From', 'from', 'b'],
      ['To', 'to', 'a'],
    ] as const) {
      const id = new RegExp(`<label for="([^"]+)"[^>]*>${label}</label>`).exec(html)?.[1];
      expect(id).toBeTruthy();
      expect(html).toMatch(new RegExp(`<select id="${id}" name="${name}">.*?<option value="${value}" selected="">`));
    }
    expect(html).toMatch(/<button type="submit"[^>]*>Show<\/button>/);
  });

  it('has no button when each change applies at once', () => {
    expect(renderMarkup(<PickerForm choices={choices} onPick={() => undefined} />)).not.toContain('<button');
  });
});
