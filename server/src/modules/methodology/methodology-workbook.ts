import ExcelJS from 'exceljs';
import { toXlsx } from '../../lib/spreadsheet.ts';
import { SHEET_NAMES, type Cell, type SheetName, type SheetTable } from '@gci/shared';

/** Column widths in characters: long for paths and texts, narrow for numbers and flags. */
const WIDTHS: Readonly<Record<string, number>> = { path: 42, key: 28, kind: 13, type: 14, show_if: 30, field: 16, value: 40, evidence_rule: 13 };
const widthOf = (column: string) => WIDTHS[column] ?? (/_(en|fr|es|ar|zh|ru)$/.test(column) ? 36 : 11);

/** The most rows a sheet may have (a methodology has a few hundred): a bigger one is refused before reading it. */
export const MAX_SHEET_ROWS = 20_000;

/** Writes the sheets as an XLSX workbook with the exports' writer: a bold, frozen header row, sensible widths, values as typed cells. */
export function writeWorkbook(tables: readonly SheetTable[], at: Date): Promise<Buffer> {
  return toXlsx(
    tables.map((table) => ({ name: table.name, columns: table.header.map((column) => ({ header: column, width: widthOf(column) })), rows: table.rows })),
    at,
  );
}

/** A cell's value as the table model holds it: formulas give their result, rich text its text, a date its ISO day. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result);
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

export type ReadWorkbook = { ok: true; tables: SheetTable[] } | { ok: false; sheet: string; message: string };

/** Reads the sheets the layout names (others are ignored) into the table model; throws on a file that is not a workbook. */
export async function readWorkbook(content: Buffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const tables: SheetTable[] = [];
  for (const name of SHEET_NAMES) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    if (sheet.rowCount > MAX_SHEET_ROWS) return { ok: false, sheet: name, message: `the sheet has ${sheet.rowCount} rows; at most ${MAX_SHEET_ROWS} are read` };
    const width = sheet.getRow(1).cellCount;
    const header = Array.from({ length: width }, (_, i) => String(cellValue(sheet.getRow(1).getCell(i + 1).value) ?? ''));
    const rows: Cell[][] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1).value)));
    }
    tables.push({ name: name satisfies SheetName, header, rows });
  }
  return { ok: true, tables };
}
