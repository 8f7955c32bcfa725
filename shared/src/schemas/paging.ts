import { z } from 'zod';

/**
 * Keyset paging: `?after=<cursor>` asks for the rows after the one the cursor names (its sort key
 * and id, opaque to clients), and a page answers `next`, the cursor of its last row, or null at the
 * end. Unlike an offset, a cursor stays put when rows are added or removed before it, so walking
 * the pages never shows a row twice or skips one.
 */
export const CursorSchema = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/, 'a cursor from a previous page (`next`)');

export const NextCursorSchema = CursorSchema.nullable();
