/**
 * Reads a number as people type it, the one parser of the app: '' is "no number" (null); a dot, a
 * comma or the Arabic decimal separator separates decimals; Arabic-Indic and Persian digits are
 * read as digits; anything else is not a number (undefined).
 */
export function parseNumber(text: string): number | null | undefined {
  const trimmed = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace('\u066b', '.');
  if (trimmed === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}
