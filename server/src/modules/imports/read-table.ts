import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { TableCell, ResultsTable } from '@gci/shared';
import { badRequest } from '../../errors.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An XLSX cell's value as text or a number: formulas by their result, dates as ISO text, rich text as its text. */
function cellOf(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'result' in value) return cellOf(value.result);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return null;
}

async function readXlsx(content: Buffer): Promise<ResultsTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badRequest('The file looks like a spreadsheet but cannot be read as XLSX', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badRequest('The workbook has no sheet', 'file');
  const rows: { row: number; cells: TableCell[] }[] = [];
  let header: TableCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    // ExcelJS numbers cells from 1; index 0 of `values` is always empty
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellOf);
    if (number === 1) header = cells;
    else if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ row: number, cells });
  });
  return { header, rows };
}

function readCsv(content: Buffer): ResultsTable {
  let records: string[][];
  try {
    records = parse(content, { bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw badRequest(`The file cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}`, 'file');
  }
  const [header = [], ...rest] = records;
  return {
    header,
    // rows keep the number a spreadsheet would show them with (the header is row 1)
    rows: rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => r.cells.some((c) => c !== '')),
  };
}

/** Reads a results file: XLSX (first sheet) when it is a ZIP, CSV (UTF-8, comma, semicolon or tab) otherwise. */
export async function readResultsFile(content: Buffer): Promise<ResultsTable> {
  if (content.length === 0) throw badRequest('The file is empty', 'file');
  if (content.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(content);
  if (content.includes(0)) throw badRequest('The file is neither CSV text nor an XLSX workbook', 'file');
  return readCsv(content);
}
