import { badRequest } from '../errors.ts';

/** A keyset cursor: the last row's sort key and id as base64url JSON (see CursorSchema in shared). */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export const CURSOR_PARTS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  integer: /^\d{1,18}$/,
  iso3: /^[A-Z]{3}$/,
  /** a timestamptz as PostgreSQL writes it (`…::text`), microseconds and offset included */
  timestamp: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
};

/** The key a cursor carries, each part checked against its pattern; 400 on `query.after` for one this server did not write. */
export function decodeCursor(cursor: string, parts: readonly RegExp[]): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== parts.length || !key.every((v, i) => typeof v === 'string' && parts[i]!.test(v)))
    throw badRequest('This cursor was not given by a previous page', 'query.after');
  return key as string[];
}

/** One page of `limit` rows read as `limit + 1`: the extra row only says whether there is more. */
export function pageOf<Row>(rows: readonly Row[], limit: number, keyOf: (row: Row) => string[]): { rows: Row[]; next: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
