import { MAIL_LISTS, type MailList, type MailListQuery } from '@gci/shared';

export const MAIL_PAGE_SIZE = 25;

/** The list and page the address asks for (`?status=sent&page=2`); anything else is the first page of dead letters. */
export function readMailQuery(search: URLSearchParams): MailListQuery {
  const status = MAIL_LISTS.find((list) => list === search.get('status')) ?? 'dead';
  const page = Number(search.get('page'));
  return { status, page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1, pageSize: MAIL_PAGE_SIZE };
}

/** The address of a list's page (page 1 and the dead letters need no parameter). */
export function mailListHref(status: MailList, page = 1): string {
  const search = new URLSearchParams();
  if (status !== 'dead') search.set('status', status);
  if (page > 1) search.set('page', String(page));
  const qs = search.toString();
  return qs ? `/admin/mail?${qs}` : '/admin/mail';
}
