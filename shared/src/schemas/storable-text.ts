import { z } from 'zod';

/**
 * PostgreSQL text and jsonb cannot hold a NUL character, and jsonb refuses an unpaired UTF-16
 * surrogate (JSON.parse accepts both): such input gets a 400 here instead of a 500 from the database.
 */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
export const STORABLE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';
export const StorableTextSchema = z.string().refine(isStorableText, STORABLE_TEXT_MESSAGE);
