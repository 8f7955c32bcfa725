import { LOCALES, type LocalizedString } from '../schemas/locale.ts';
import type { RowReader } from './cells.ts';
import { localizedColumn } from './sheet-model.ts';

/**
 * A text in the six languages from `<prefix>_en … <prefix>_ru`: absent when every cell is empty;
 * English is required as soon as any language is given (it is every text's fallback).
 */
export function readLocalized(r: RowReader, prefix: string, required: boolean): LocalizedString | undefined {
  const text: Partial<Record<(typeof LOCALES)[number], string>> = {};
  for (const locale of LOCALES) {
    const value = r.text(localizedColumn(prefix, locale));
    if (value !== undefined) text[locale] = value;
  }
  const given = Object.keys(text).length > 0;
  if (text.en === undefined) {
    if (given) r.error(localizedColumn(prefix, 'en'), 'English is required when another language is given (it is the fallback)');
    else if (required) r.error(localizedColumn(prefix, 'en'), 'required');
    return undefined;
  }
  return text as LocalizedString;
}
