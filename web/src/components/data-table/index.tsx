import { useState, type HTMLAttributes, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale.ts';
import { Button } from '../button/index.tsx';
import { nextSort, pageOf, remotePage, sortRows, type SortState } from './table-order.ts';
import { classNames } from '../../lib/class-names.ts';
import styles from './data-table.module.css';

/** data-* attributes, which an element's props type does not list */
type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** the column that names the row: its cells are row headers (<th scope="row">) */
  isRowHeader?: boolean;
  /** figures: aligned digits, no wrapping */
  isNumeric?: boolean;
  /** makes the header a sort button; rows are compared by this value (null sorts last) */
  sortValue?: (row: Row) => string | number | null;
  /** in a table the server orders (`remoteSort`): the header asks it for this order */
  isSortable?: boolean;
  headerProps?: ThHTMLAttributes<HTMLTableCellElement> & DataAttributes;
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement> & DataAttributes;
}

type RowKey<Row> = (row: Row) => string;
type Identified = { id: string | number };

interface BaseProps<Row> {
  /** what the table holds; every table has one, shown or not */
  caption: ReactNode;
  isCaptionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & DataAttributes;
  /** the order before the reader picks one; without it, the rows' own order */
  initialSort?: SortState;
  /** rows per page; all rows on one page without it */
  pageSize?: number;
  /**
   * rows the server orders: the headers show `sort`, and a click asks for a column's order with
   * `onSort` (the server knows each order's direction); `initialSort` and `sortValue` are then unused
   */
  remoteSort?: { sort: SortState | null; onSort: (key: string) => void };
  /** rows the server pages: `rows` is page `page` (1-based) of `total`; `pageSize` is then unused */
  remotePaging?: { page: number; pageSize: number; total: number; onPage: (page: number) => void };
  /** shown instead of the table when there are no rows */
  empty?: ReactNode;
  density?: 'normal' | 'compact';
  /** a border around the table, and sideways scrolling on narrow screens */
  isBoxed?: boolean;
  className?: string;
  testId?: string;
}

const ARROWS = { ascending: '▲', descending: '▼' } as const;

/** The table's classes, for a table the component cannot draw (rows in groups): the same look. */
export const tableClasses = { table: styles.table, caption: styles.caption, numeric: styles.numeric };

/**
 * A table of rows: a real <table> with a caption, column headers and (optionally) row headers.
 * Sortable columns have a button in their header, and the sorted column says so with aria-sort.
 * Long tables are paged, with Previous/Next and the rows shown. Either the table orders and pages
 * the rows it is given, or the server does (`remoteSort`, `remotePaging`) and the table asks it.
 */
export function DataTable<Row extends Identified>(props: BaseProps<Row> & { rowKey?: RowKey<Row> }): ReactNode;
export function DataTable<Row>(props: BaseProps<Row> & { rowKey: RowKey<Row> }): ReactNode;
export function DataTable<Row>(props: BaseProps<Row> & { rowKey?: RowKey<Row> }) {
  const {
    caption,
    isCaptionHidden = false,
    columns,
    rows,
    // rows with an `id` are keyed by it unless the table says otherwise; other rows must say
    rowKey = (row: Row) => String((row as Identified).id),
    rowProps,
    initialSort,
    pageSize,
    remoteSort,
    remotePaging,
    empty,
    density = 'normal',
    isBoxed = false,
    className,
    testId,
  } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [localSort, setSort] = useState<SortState | null>(initialSort ?? null);
  const sort = remoteSort ? remoteSort.sort : localSort;
  const [pageIndex, setPageIndex] = useState(0);
  const [pagedRows, setPagedRows] = useState(rows);
  const sortColumn = !remoteSort && sort && columns.find((c) => c.key === sort.key);
  const ordered = sortColumn && sortColumn.sortValue && sort ? sortRows(rows, sortColumn.sortValue, sort.direction, locale) : rows;
  if (pagedRows !== rows) {
    setPagedRows(rows);
    const kept = startsWith(rows, pagedRows, rowKey);
    // The same rows again (drawn anew) keep their page; rows added after them ("Load more") open the
    // page of the first one added, not the first page; other rows (another filter) start at the first page.
    if (!kept) setPageIndex(0);
    else if (rows.length > pagedRows.length && pageSize) setPageIndex(Math.max(0, Math.floor(ordered.indexOf(rows[pagedRows.length]!) / pageSize)));
  }

  const total = remotePaging ? remotePaging.total : rows.length;
  if (total === 0 && empty !== undefined) return <>{empty}</>;
  const page = remotePaging
    ? { ...remotePage(remotePaging.page, remotePaging.pageSize, total, rows.length), rows: [...rows] }
    : pageOf(ordered, pageIndex, pageSize);
  const goTo = (index: number) => (remotePaging ? remotePaging.onPage(index + 1) : setPageIndex(index));
  const isSortable = (column: Column<Row>) => (remoteSort ? column.isSortable === true : column.sortValue !== undefined);

  const header = (column: Column<Row>) => {
    const isSorted = sort?.key === column.key;
    return (
      <th
        key={column.key}
        scope="col"
        aria-sort={isSorted ? sort.direction : undefined}
        {...column.headerProps}
        className={classNames(column.isNumeric && styles.numeric, column.headerProps?.className)}
      >
        {isSortable(column) ? (
          <button
            type="button"
            className={styles.sortButton}
            onClick={() => {
              if (remoteSort) return remoteSort.onSort(column.key);
              setSort(nextSort(sort, column.key));
              setPageIndex(0);
            }}
          >
            {column.header}
            <span className={isSorted ? styles.arrow : `${styles.arrow} ${styles.unsorted}`} aria-hidden="true">
              {isSorted ? ARROWS[sort.direction] : '↕'}
            </span>
          </button>
        ) : (
          column.header
        )}
      </th>
    );
  };

  const cell = (column: Column<Row>, row: Row) => {
    const own = column.cellProps?.(row);
    const props = { ...own, className: classNames(column.isNumeric && styles.numeric, own?.className) };
    return column.isRowHeader ? (
      <th key={column.key} scope="row" {...props}>
        {column.cell(row)}
      </th>
    ) : (
      <td key={column.key} {...props}>
        {column.cell(row)}
      </td>
    );
  };

  const table = (
    <table className={classNames(styles.table, density === 'compact' && styles.compact, !isBoxed && className)} data-testid={isBoxed ? undefined : testId}>
      <caption className={isCaptionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
      <thead>
        <tr>{columns.map(header)}</tr>
      </thead>
      <tbody>
        {page.rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((column) => cell(column, row))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      {isBoxed ? (
        <div className={classNames(styles.box, className)} data-testid={testId}>
          {table}
        </div>
      ) : (
        table
      )}
      {(page.count > 1 || page.index > 0) && (
        <nav className={styles.pager} aria-label={t('ui.table.pages')}>
          <Button size="small" disabled={page.index === 0} onClick={() => goTo(Math.min(page.index, page.count) - 1)}>
            {t('ui.table.previous')}
          </Button>
          <span aria-live="polite">{t('ui.table.shown', { first: page.first, last: page.last, total })}</span>
          <Button size="small" disabled={page.index >= page.count - 1} onClick={() => goTo(page.index + 1)}>
            {t('ui.table.next')}
          </Button>
        </nav>
      )}
    </>
  );
}

/** A log of records (the audit log, the mail queue): boxed, dense, its caption for screen readers only. */
export function LogTable<Row extends Identified>(props: Omit<BaseProps<Row>, 'isCaptionHidden' | 'isBoxed' | 'density'> & { rowKey?: RowKey<Row> }) {
  return <DataTable<Row> {...props} isCaptionHidden isBoxed density="compact" />;
}

/** Whether `rows` begin with the rows of `before`, by key. */
function startsWith<Row>(rows: readonly Row[], before: readonly Row[], rowKey: RowKey<Row>): boolean {
  return rows.length >= before.length && before.every((row, index) => rowKey(row) === rowKey(rows[index]!));
}
