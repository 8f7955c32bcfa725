import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../testing/render-markup.ts';
import { DataTable, type Column } from './index.tsx';

interface Entry {
  id: string;
  user: string;
  count: number;
}

const columns: Column<Entry>[] = [
  { key: 'user', header: 'User', cell: (e) => e.user, isRowHeader: true, sortValue: (e) => e.user },
  { key: 'count', header: 'Count', cell: (e) => e.count, isNumeric: true },
];
const entries: Entry[] = [
  { id: 'a', user: 'zoe', count: 1 },
  { id: 'b', user: 'Adam', count: 2 },
  { id: 'c', user: 'eve', count: 3 },
];

describe('DataTable', () => {
  it('is a table with a caption, column headers and row headers', () => {
    const html = renderMarkup(<DataTable caption="Entries" columns={columns} rows={entries} rowKey={(e) => e.id} rowProps={(e) => ({ 'data-id': e.id })} />);
    expect(html).toMatch(/^<table[^>]*><caption[^>]*>Entries<\/caption><thead>/);
    expect(html).toContain('<th scope="col"');
    expect(html).toMatch(/<tr data-id="a"><th scope="row"[^>]*>zoe<\/th><td class="[^"]+">1<\/td><\/tr>/);
  });

  it('puts a button in each sortable header, and aria-sort on the sorted column only', () => {
    const html = renderMarkup(
      <DataTable caption="Entries" columns={columns} rows={entries} rowKey={(e) => e.id} initialSort={{ key: 'user', direction: 'descending' }} />,
    );
    expect(html).toMatch(/<th scope="col" aria-sort="descending"[^>]*><button type="button"[^>]*>User<span[^>]*aria-hidden="true">▼<\/span><\/button><\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]+">Count<\/th>/);
    expect([...html.matchAll(/<th scope="row"[^>]*>(\w+)</g)].map((m) => m[1])).toEqual(['zoe', 'eve', 'Adam']);
  });

  it('shows one page at a time, with the rows shown between Previous and Next', () => {
    const html = renderMarkup(<DataTable caption="Entries" columns={columns} rows={entries} rowKey={(e) => e.id} pageSize={2} />);
    expect(html.match(/<tr/g)).toHaveLength(3); // the header row and two rows
    expect(html).toMatch(
      /<nav[^>]*aria-label="Pages of the table"><button[^>]*disabled=""[^>]*>Previous<\/button><span aria-live="polite">Rows 1–2 of 3<\/span><button[^>]*>Next<\/button><\/nav>/,
    );
  });

  it('draws rows the server ordered and paged as given, with the server’s sort and total', () => {
    const remote: Column<Entry>[] = [{ ...columns[0]!, sortValue: undefined, isSortable: true }, columns[1]!];
    const html = renderMarkup(
      <DataTable
        caption="Entries"
        columns={remote}
        rows={entries}
        remoteSort={{ sort: { key: 'user', direction: 'ascending' }, onSort: () => undefined }}
        remotePaging={{ page: 2, pageSize: 3, total: 7, onPage: () => undefined }}
      />,
    );
    expect([...html.matchAll(/<th scope="row"[^>]*>(\w+)</g)].map((m) => m[1])).toEqual(['zoe', 'Adam', 'eve']);
    expect(html).toMatch(/<th scope="col" aria-sort="ascending"[^>]*><button type="button"[^>]*>User<span[^>]*>▲<\/span><\/button><\/th>/);
    expect(html).toMatch(/<button[^>]*>Previous<\/button><span aria-live="polite">Rows 4–6 of 7<\/span><button[^>]*>Next<\/button>/);
    expect(html).not.toMatch(/disabled=""/);
  });

  it('shows the empty state instead of an empty table', () => {
    expect(renderMarkup(<DataTable caption="Entries" columns={columns} rows={[]} rowKey={(e) => e.id} empty={<p>None yet.</p>} />)).toBe('<p>None yet.</p>');
  });
});
