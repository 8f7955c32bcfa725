import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../testing/render-markup.ts';
import { EvidenceList } from './index.tsx';

describe('EvidenceList', () => {
  it('opens links in a new tab, says so, and names the site', () => {
    const html = renderMarkup(<EvidenceList empty="None" items={[{ id: '1', kind: 'link', title: 'Act', href: 'https://example.org/act' }]} />);
    expect(html).toContain(
      '<a href="https://example.org/act" target="_blank" rel="noopener noreferrer nofollow">Act<span class="visually-hidden"> (opens in a new tab)</span></a>',
    );
    expect(html).toMatch(/<span class="[^"]+">example\.org<\/span>/);
    expect(html).toContain('data-evidence-kind="link"');
  });

  it('downloads documents under their file name, with the facts given and an action', () => {
    const html = renderMarkup(
      <EvidenceList
        empty="None"
        items={[{ id: '2', kind: 'file', title: 'Gazette', href: '/files/2', fileName: 'gazette.pdf', details: ['12 kB', false, 'carried over'] }]}
        action={(entry) => <button type="button">Remove {entry.title}</button>}
      />,
    );
    expect(html).toContain('<a href="/files/2" download="gazette.pdf">Gazette</a>');
    expect(html).toMatch(/>gazette\.pdf · 12 kB · carried over<\/span><button type="button">Remove Gazette<\/button>/);
  });

  it('says when there is none', () => {
    expect(renderMarkup(<EvidenceList empty="No evidence yet." items={[]} />)).toMatch(/^<p class="[^"]+">No evidence yet\.<\/p>$/);
  });
});
