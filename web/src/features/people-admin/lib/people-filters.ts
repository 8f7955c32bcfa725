import {
  Iso3Schema,
  LAST_SIGN_IN_FILTERS,
  ListUsersQuerySchema,
  ROLES,
  UserStatusSchema,
  USER_SORTS,
  type ListUsersQuery,
  type Role,
  type UserStatus,
} from '@gci/shared';
import type { SortState } from '../../../components/data-table/table-order.ts';

export type UserSort = (typeof USER_SORTS)[number];
export type LastSignInFilter = (typeof LAST_SIGN_IN_FILTERS)[number];

/** The list's filters, order and page as the address bar holds them: `?search=&role=&country=&status=&lastSignIn=&sort=&page=&pageSize=`. */
export interface PeopleFilters {
  search: string;
  role: Role | '';
  country: string;
  status: UserStatus | '';
  lastSignIn: LastSignInFilter | '';
  sort: UserSort;
  page: number;
  pageSize: number;
}

const DEFAULTS = ListUsersQuerySchema.parse({});
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const NO_FILTERS: PeopleFilters = {
  search: '',
  role: '',
  country: '',
  status: '',
  lastSignIn: '',
  sort: DEFAULTS.sort,
  page: DEFAULTS.page,
  pageSize: DEFAULTS.pageSize,
};

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  (allowed as readonly (string | null)[]).includes(value) ? (value as T) : '';
const whole = (value: string | null, min: number, max: number, fallback: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** The filters of an address; a value the API would refuse is left out, so an old or edited link still shows a list. */
export function readPeopleFilters(params: URLSearchParams): PeopleFilters {
  const country = (params.get('country') ?? '').trim().toUpperCase();
  return {
    search: (params.get('search') ?? '').trim().slice(0, 200),
    role: pick(ROLES, params.get('role')),
    country: Iso3Schema.safeParse(country).success ? country : '',
    status: pick(UserStatusSchema.options, params.get('status')),
    lastSignIn: pick(LAST_SIGN_IN_FILTERS, params.get('lastSignIn')),
    sort: pick(USER_SORTS, params.get('sort')) || DEFAULTS.sort,
    page: whole(params.get('page'), 1, 10_000, DEFAULTS.page),
    pageSize: whole(params.get('pageSize'), 1, 100, DEFAULTS.pageSize),
  };
}

/** The address of the filters, without the values that are the default anyway (so the plain list is `/admin/people`). */
export function toSearchParams(filters: PeopleFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(NO_FILTERS) as (keyof PeopleFilters)[]) {
    const value = filters[key];
    if (value !== NO_FILTERS[key] && value !== '') params.set(key, String(value));
  }
  return params;
}

/** The query of `GET /api/users` for the filters. */
export function toListQuery(filters: PeopleFilters): ListUsersQuery {
  return {
    search: filters.search || undefined,
    role: filters.role || undefined,
    country: filters.country || undefined,
    status: filters.status || undefined,
    lastSignIn: filters.lastSignIn || undefined,
    sort: filters.sort,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

/** New filters (or page size) start again at the first page; the order stays. */
export const applyFilters = (current: PeopleFilters, next: Partial<Omit<PeopleFilters, 'sort' | 'page'>>): PeopleFilters => ({
  ...current,
  ...next,
  page: 1,
});

/** The direction of each order the server knows (USER_SORTS): names and emails A to Z, the latest sign-in or account first. */
export const SORT_DIRECTIONS: Readonly<Record<UserSort, SortState['direction']>> = {
  name: 'ascending',
  email: 'ascending',
  lastSignIn: 'descending',
  created: 'descending',
};

/** A click on a column's header: its order, from the first page. */
export function sortBy(current: PeopleFilters, key: string): PeopleFilters {
  const sort = pick(USER_SORTS, key);
  return sort ? { ...current, sort, page: 1 } : current;
}
