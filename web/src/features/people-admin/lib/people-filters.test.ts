import { describe, expect, it } from 'vitest';
import { ListUsersQuerySchema } from '@gci/shared';
import { applyFilters, NO_FILTERS, readPeopleFilters, sortBy, toListQuery, toSearchParams } from './people-filters.ts';

const read = (query: string) => readPeopleFilters(new URLSearchParams(query));

describe(readPeopleFilters.name, () => {
  it('reads every filter, the order and the page from the address', () => {
    expect(read('search=ada&role=focal_point&country=ken&status=invited&lastSignIn=never&sort=lastSignIn&page=3&pageSize=10')).toEqual({
      search: 'ada',
      role: 'focal_point',
      country: 'KEN',
      status: 'invited',
      lastSignIn: 'never',
      sort: 'lastSignIn',
      page: 3,
      pageSize: 10,
    });
  });

  it('leaves out what the API would refuse, so an edited link still shows a list', () => {
    expect(read('role=king&country=KENYA&status=gone&lastSignIn=yesterday&sort=age&page=0&pageSize=500')).toEqual(NO_FILTERS);
    expect(read('page=2.5&pageSize=abc')).toEqual(NO_FILTERS);
  });
});

describe(toSearchParams.name, () => {
  it('writes only what differs from the plain list, and reads back the same filters', () => {
    expect(toSearchParams(NO_FILTERS).toString()).toBe('');
    const filters = { ...NO_FILTERS, search: 'li wei', country: 'FRA', status: 'active' as const, sort: 'email' as const, page: 2, pageSize: 50 };
    const params = toSearchParams(filters);
    expect(params.toString()).toBe('search=li+wei&country=FRA&status=active&sort=email&page=2&pageSize=50');
    expect(readPeopleFilters(params)).toEqual(filters);
  });
});

describe(toListQuery.name, () => {
  it('is a query the route accepts, without the empty filters', () => {
    const query = toListQuery({ ...NO_FILTERS, role: 'reviewer', lastSignIn: 'over90Days' });
    expect(query).toEqual({ role: 'reviewer', lastSignIn: 'over90Days', sort: 'name', page: 1, pageSize: 25 });
    expect(ListUsersQuerySchema.safeParse(query).success).toBe(true);
  });
});

describe('changing the list', () => {
  const onPage3 = { ...NO_FILTERS, sort: 'email' as const, page: 3 };

  it('starts new filters at the first page and keeps the order', () => {
    expect(applyFilters(onPage3, { status: 'deactivated' })).toEqual({ ...onPage3, status: 'deactivated', page: 1 });
  });

  it('sorts by a column the server orders by, from the first page; other columns change nothing', () => {
    expect(sortBy(onPage3, 'lastSignIn')).toEqual({ ...onPage3, sort: 'lastSignIn', page: 1 });
    expect(sortBy(onPage3, 'role')).toBe(onPage3);
  });
});
