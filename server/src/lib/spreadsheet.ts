import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { scoreText, truncateScore } from '@gci/shared';

/**
 * One table written as XLSX or CSV, so every export (public results, a questionnaire, a cycle's
 * answers) has the same header, number and encoding rules.
 */

export type Cell = string | number | boolean | null;

/** How a column's values are written: `score` is a number shown (and rounded) at two decimals. */
export type ColumnKind = 'text' | 'number' | 'score' | 'boolean';

export interface Column {
  /** the header cell, snake_case so scripts can read it: `tier_name` */
  header: string;
  kind?: ColumnKind;
  /** width in characters (XLSX); from the header when absent */
  width?: number;
}

export interface Sheet {
  /** the worksheet's tab (XLSX only), at most 31 characters */
  name: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** Widths (in characters) of the columns the exports share, so a column looks the same in every file. */
const WIDTHS: Readonly<Record<string, number>> = {
  iso3: 6,
  country: 30,
  name: 30,
  region: 14,
  region_name: 22,
  tier: 6,
  tier_name: 18,
  demo: 7,
  pillar: 20,
  indicator: 24,
  question_key: 22,
  question: 50,
  type: 14,
  status: 15,
  answer: 30,
  raw_value: 20,
  carried_over: 13,
  updated_by: 18,
  updated_at: 20,
  evidence_links: 40,
  evidence_documents: 30,
  comments: 60,
  applicable: 11,
  points: 8,
  max_points: 11,
  score: 8,
};
const KINDS: Readonly<Record<string, ColumnKind>> = {
  tier: 'number',
  demo: 'boolean',
  carried_over: 'boolean',
  applicable: 'boolean',
  points: 'number',
  max_points: 'number',
  score: 'number',
  overall: 'score',
};

/** Columns by their headers, separated by spaces, with the shared widths and kinds: `columnsOf('iso3 region tier')`. */
export const columnsOf = (headers: string): Column[] =>
  headers
    .split(/\s+/)
    .filter(Boolean)
    .map((header) => ({ header, kind: KINDS[header], width: WIDTHS[header] }));

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** A stored JSON value (an answer) as one cell: strings as they are, anything else as JSON (`true`, `12`, `["a","b"]`); empty for none. */
export const jsonCell = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

function cellValue(kind: ColumnKind, value: Cell): Cell {
  if (value === null) return null;
  // cut to two decimals as every page shows it (truncateScore), so the XLSX number and the CSV text agree
  if (kind === 'score' && typeof value === 'number') return truncateScore(value);
  return value;
}

/**
 * An XLSX workbook, one worksheet per sheet: a bold header row frozen in place, column widths,
 * numbers stored as numbers (scores with the `0.00` format). `created` fixes the document's dates,
 * so the same content gives the same workbook properties.
 */
export async function toXlsx(sheets: readonly Sheet[], created: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GCI';
  workbook.created = created;
  workbook.modified = created;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length + 2),
      style: c.kind === 'score' ? { numFmt: '0.00' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(sheet.columns.map((c, i) => cellValue(c.kind ?? 'text', row[i] ?? null)));
  }
  return withFixedZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()), created);
}

/**
 * exceljs stamps every zip entry with the time it was written; this sets them all to `at`, so the
 * same content gives the same bytes in every process (a strong ETag holds). It walks the central
 * directory (APPNOTE.TXT 4.3.12) to each entry and its local header (4.3.7); exceljs writes no
 * archive comment, so the end record is the last 22 bytes.
 */
function withFixedZipTimes(zip: Buffer, at: Date): Buffer {
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  const date = ((Math.max(at.getUTCFullYear(), 1980) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('unexpected zip layout: no end of central directory record');
  let entry = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error('unexpected zip layout: bad central directory entry');
    zip.writeUInt16LE(time, entry + 12);
    zip.writeUInt16LE(date, entry + 14);
    const local = zip.readUInt32LE(entry + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    entry += 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  }
  return zip;
}

/**
 * The same table as CSV (RFC 4180 quoting, CRLF), UTF-8 with a byte-order mark so spreadsheet
 * programs read non-Latin text correctly. Scores are written with exactly two decimals.
 */
export function toCsv(sheet: Sheet): string {
  const text = (kind: ColumnKind, value: Cell): string => {
    if (value === null) return '';
    if (kind === 'score' && typeof value === 'number') return scoreText(value);
    return String(value);
  };
  const rows = sheet.rows.map((row) => sheet.columns.map((c, i) => text(c.kind ?? 'text', row[i] ?? null)));
  return stringify(rows, { header: true, columns: sheet.columns.map((c) => c.header), bom: true, record_delimiter: 'windows' });
}

/** RFC 6266 / 5987 attachment header: an ASCII fallback and the UTF-8 name. */
export const attachment = (fileName: string): string =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export type SpreadsheetFormat = 'xlsx' | 'csv';

/** A finished export: its bytes, media type and attachment name. */
export interface ExportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** One sheet as a file of the format asked, named `<baseName>.<format>`. */
export async function exportFile(sheet: Sheet, format: SpreadsheetFormat, baseName: string, created: Date): Promise<ExportFile> {
  return format === 'csv'
    ? { body: Buffer.from(toCsv(sheet), 'utf8'), contentType: CSV_MEDIA_TYPE, fileName: `${baseName}.csv` }
    : { body: await toXlsx([sheet], created), contentType: XLSX_MEDIA_TYPE, fileName: `${baseName}.xlsx` };
}

/** Sends an export as an attachment, never rendered or sniffed by the browser. */
export const sendExport = (reply: FastifyReply, file: ExportFile): FastifyReply =>
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachment(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
