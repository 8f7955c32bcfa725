import { z } from 'zod';

/**
 * Text a person could have typed: PostgreSQL text and jsonb cannot hold a NUL character, jsonb
 * refuses an unpaired UTF-16 surrogate (JSON.parse accepts both), and no other C0 control
 * character but tab, line feed and carriage return belongs in a name, a comment or a filter.
 * Such input gets a 400 naming its field instead of a 500 from the database or a stored oddity.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isStorableText = (text: string): boolean => !CONTROL.test(text) && !LONE_SURROGATE.test(text);
export const STORABLE_TEXT_MESSAGE = 'must not contain control characters (other than tab and line breaks) or unpaired surrogates';
export const StorableTextSchema = z.string().refine(isStorableText, STORABLE_TEXT_MESSAGE);
