import { describe, expect, it } from 'vitest';
import { mailListHref, readMailQuery } from './mail-lists.ts';

describe(readMailQuery.name, () => {
  it('reads the list and the page, and falls back to the first page of dead letters', () => {
    expect(readMailQuery(new URLSearchParams('status=sent&page=3'))).toEqual({ status: 'sent', page: 3, pageSize: 25 });
    expect(readMailQuery(new URLSearchParams('status=lost&page=-1'))).toEqual({ status: 'dead', page: 1, pageSize: 25 });
    expect(readMailQuery(new URLSearchParams('page=1.5'))).toEqual({ status: 'dead', page: 1, pageSize: 25 });
  });

  it('writes the address back, leaving out what is the default', () => {
    expect(mailListHref('dead')).toBe('/admin/mail');
    expect(mailListHref('pending', 2)).toBe('/admin/mail?status=pending&page=2');
    expect(readMailQuery(new URL(`http://x${mailListHref('sent', 4)}`).searchParams)).toMatchObject({ status: 'sent', page: 4 });
  });
});
