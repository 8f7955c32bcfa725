import type { SessionInfo } from '@gci/shared';
import { getCountries } from '../api/get-countries.ts';
import { listUsers } from '../api/list-users.ts';
import { readPeopleFilters, toListQuery } from './people-filters.ts';

/** What `/admin/people` and `/team` show for an address: the page of people its filters ask for, and the countries to name. */
export async function loadPeople(session: SessionInfo, request: Request) {
  const filters = readPeopleFilters(new URL(request.url).searchParams);
  const [list, countries] = await Promise.all([listUsers(toListQuery(filters), request.signal), getCountries(session.user)]);
  return { list, countries, filters, self: session.user };
}
