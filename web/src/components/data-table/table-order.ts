export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** the column's key */
  key: string;
  direction: SortDirection;
}

/**
 * The rows ordered by one value: text in the reader's alphabet (case and accents aside), numbers
 * by size; empty values (null) last in both directions. Stable: equal rows keep their order.
 */
export function sortRows<Row>(rows: readonly Row[], valueOf: (row: Row) => string | number | null, direction: SortDirection, locale: string): Row[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows.toSorted((a, b) => {
    const x = valueOf(a);
    const y = valueOf(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/** Clicking a header: a new column sorts ascending, the sorted one flips. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface Page<Row> {
  rows: Row[];
  /** 0-based, clamped to the pages there are */
  index: number;
  count: number;
  /** 1-based positions of the first and last row shown, for "rows 51–100 of 230" */
  first: number;
  last: number;
}

/** One page of `size` rows; every row when `size` is undefined. A page past the end shows the last. */
export function pageOf<Row>(rows: readonly Row[], index: number, size: number | undefined): Page<Row> {
  if (size === undefined || rows.length <= size) return { rows: [...rows], index: 0, count: 1, first: rows.length ? 1 : 0, last: rows.length };
  const count = Math.ceil(rows.length / size);
  const clamped = Math.min(Math.max(0, index), count - 1);
  const start = clamped * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, index: clamped, count, first: start + 1, last: start + shown.length };
}

/**
 * The pager of rows a server pages: page `page` (1-based) of `size` rows, `shown` of them here, of
 * `total` in all. Like `pageOf`, without the rows; a page past the end says so (first > total).
 */
export function remotePage(page: number, size: number, total: number, shown: number): Omit<Page<never>, 'rows'> {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.max(0, page - 1);
  const first = index * size + 1;
  return { index, count, first: shown ? first : 0, last: shown ? first + shown - 1 : 0 };
}
