import type { Cell } from './sheet-model.ts';

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false, yes: true, no: false };

/** Whether a cell is empty: no value, or text of nothing at all. */
export const isBlank = (cell: Cell | undefined): boolean => cell === null || cell === undefined || cell === '';

/**
 * Reads the cells of one row by column name, each as the type its column holds. A bad value is
 * reported with the row and column and read as missing, so every problem of a file is listed at once.
 */
export interface RowReader {
  readonly row: number;
  /** the cell as it is */
  cell(column: string): Cell;
  has(column: string): boolean;
  /** text as written (never trimmed: a translation keeps its spaces); a number cell becomes its digits */
  text(column: string): string | undefined;
  /** a code such as a key or a kind: trimmed text */
  code(column: string): string | undefined;
  number(column: string, rule?: { integer?: boolean }): number | undefined;
  boolean(column: string): boolean | undefined;
  oneOf<T extends string>(column: string, values: readonly T[]): T | undefined;
  /** reports a problem with this row in a column */
  error(column: string, message: string): void;
}

export type ReportCell = (column: string, message: string) => void;

/** A reader of one row's cells (by column name) that reports each bad value through `error`. */
export function rowReader(row: number, cells: ReadonlyMap<string, Cell>, error: ReportCell): RowReader {
  const cell = (column: string): Cell => cells.get(column) ?? null;
  const text = (column: string): string | undefined => {
    const value = cell(column);
    if (isBlank(value)) return undefined;
    if (typeof value === 'boolean') {
      error(column, 'must be text, not TRUE or FALSE');
      return undefined;
    }
    return String(value);
  };
  const code = (column: string): string | undefined => {
    const value = text(column)?.trim();
    return value === '' ? undefined : value;
  };
  return {
    row,
    cell,
    has: (column) => !isBlank(cell(column)),
    text,
    code,
    number(column, rule = {}) {
      const value = cell(column);
      if (isBlank(value)) return undefined;
      const n = typeof value === 'number' ? value : typeof value === 'string' && NUMBER_TEXT.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isFinite(n)) error(column, `must be a number, not "${String(value)}"`);
      else if (rule.integer && !Number.isInteger(n)) error(column, `must be a whole number, not ${n}`);
      else return n;
      return undefined;
    },
    boolean(column) {
      const value = cell(column);
      if (isBlank(value)) return undefined;
      const b = typeof value === 'boolean' ? value : typeof value === 'string' ? BOOLEAN_TEXT[value.trim().toLowerCase()] : undefined;
      if (b === undefined) error(column, `must be TRUE or FALSE, not "${String(value)}"`);
      return b;
    },
    oneOf<T extends string>(column: string, values: readonly T[]) {
      const value = code(column);
      if (value === undefined) return undefined;
      if ((values as readonly string[]).includes(value)) return value as T;
      error(column, `must be one of ${values.join(', ')}, not "${value}"`);
      return undefined;
    },
    error,
  };
}
