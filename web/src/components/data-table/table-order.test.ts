import { describe, expect, it } from 'vitest';
import { nextSort, pageOf, remotePage, sortRows } from './table-order.ts';

const rows = [
  { name: 'Émile', score: 3 },
  { name: 'zoe', score: null },
  { name: 'Adam', score: 10 },
  { name: 'eve', score: 3 },
];

describe(sortRows.name, () => {
  it('orders text alphabetically in the reader’s language, ignoring case and accents', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'en').map((r) => r.name)).toEqual(['Adam', 'Émile', 'eve', 'zoe']);
  });

  it('orders numbers by size, keeps ties in their order and puts empty values last both ways', () => {
    expect(sortRows(rows, (r) => r.score, 'ascending', 'en').map((r) => r.name)).toEqual(['Émile', 'eve', 'Adam', 'zoe']);
    expect(sortRows(rows, (r) => r.score, 'descending', 'en').map((r) => r.name)).toEqual(['Adam', 'Émile', 'eve', 'zoe']);
  });

  it('compares digits inside text as numbers', () => {
    const versions = [{ v: 'v10' }, { v: 'v9' }];
    expect(sortRows(versions, (r) => r.v, 'ascending', 'en').map((r) => r.v)).toEqual(['v9', 'v10']);
  });
});

describe(nextSort.name, () => {
  it('sorts a new column ascending and flips the sorted one', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'score')).toEqual({ key: 'score', direction: 'ascending' });
  });
});

describe(pageOf.name, () => {
  const many = Array.from({ length: 23 }, (_, i) => i + 1);

  it('cuts the rows into pages and says which rows a page holds', () => {
    expect(pageOf(many, 1, 10)).toEqual({ rows: [11, 12, 13, 14, 15, 16, 17, 18, 19, 20], index: 1, count: 3, first: 11, last: 20 });
    expect(pageOf(many, 2, 10)).toMatchObject({ rows: [21, 22, 23], first: 21, last: 23 });
  });

  it('shows the last page for a page past the end (the rows were filtered meanwhile)', () => {
    expect(pageOf(many, 7, 10)).toMatchObject({ index: 2, first: 21 });
  });

  it('is one page without a size, or when the rows fit', () => {
    expect(pageOf(many, 0, undefined)).toMatchObject({ count: 1, first: 1, last: 23 });
    expect(pageOf([], 0, 10)).toEqual({ rows: [], index: 0, count: 1, first: 0, last: 0 });
  });
});

describe(remotePage.name, () => {
  it('counts the pages of a total and the rows this page shows', () => {
    expect(remotePage(1, 25, 60, 25)).toEqual({ index: 0, count: 3, first: 1, last: 25 });
    expect(remotePage(3, 25, 60, 10)).toEqual({ index: 2, count: 3, first: 51, last: 60 });
  });

  it('has one page when nothing matches, and no rows on a page past the end', () => {
    expect(remotePage(1, 25, 0, 0)).toEqual({ index: 0, count: 1, first: 0, last: 0 });
    expect(remotePage(5, 25, 60, 0)).toEqual({ index: 4, count: 3, first: 0, last: 0 });
  });
});
