import { isBlank, rowReader, type RowReader } from './cells.ts';
import { FIRST_DATA_ROW, SHEET_COLUMNS, type Cell, type SheetError, type SheetName, type SheetTable } from './sheet-model.ts';

/**
 * The rows of one sheet, each with a reader by column name, after checking the header: every
 * column of the sheet present once, and no other (a misspelt column would otherwise be ignored
 * and its values lost). Empty rows are skipped; row numbers stay those of the spreadsheet.
 */
export function readTable(tables: readonly SheetTable[], name: SheetName, errors: SheetError[]): RowReader[] {
  const table = tables.find((t) => t.name === name);
  if (!table) {
    errors.push({ sheet: name, row: 1, column: '', message: `the sheet "${name}" is missing` });
    return [];
  }
  const expected = SHEET_COLUMNS[name];
  const header = table.header.map((h) => h.trim());
  const headerError = (column: string, message: string) => errors.push({ sheet: name, row: 1, column, message });
  header.forEach((h, i) => {
    if (h === '') return;
    if (!expected.includes(h)) headerError(h, `unknown column "${h}"; the columns are ${expected.join(', ')}`);
    else if (header.indexOf(h) !== i) headerError(h, `the column "${h}" appears twice`);
  });
  for (const column of expected) if (!header.includes(column)) headerError(column, `the column "${column}" is missing`);

  const readers: RowReader[] = [];
  table.rows.forEach((cells, i) => {
    if (cells.every((c) => isBlank(c))) return;
    const byColumn = new Map<string, Cell>();
    header.forEach((h, j) => {
      if (expected.includes(h) && !byColumn.has(h)) byColumn.set(h, cells[j] ?? null);
    });
    const row = FIRST_DATA_ROW + i;
    readers.push(rowReader(row, byColumn, (column, message) => errors.push({ sheet: name, row, column, message })));
  });
  return readers;
}
