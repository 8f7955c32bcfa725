import { SPEC_FIELD_COLUMNS } from './question-columns.ts';
import { NODE_TEXT_FIELDS, textPrefix, type NodeTextField, type SheetError } from './sheet-model.ts';

/** The spreadsheet row of each part of the methodology read from it, by its path in the methodology. */
export interface RowIndex {
  nodes: ReadonlyMap<string, number>;
  version: ReadonlyMap<string, number>;
  tiers: ReadonlyMap<string, number>;
}

export type Place = Omit<SheetError, 'message'>;

/** A zod issue's path in the editor's notation: `pillars[0].children[2].weight`. */
export const pathString = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

const NODE_PATH = /^(pillars\[\d+\](?:\.children\[\d+\])*)(\.question\.options\[\d+\])?(.*)$/;
const NODE_FIELDS: Readonly<Record<string, string>> = {
  '': 'path',
  key: 'key',
  kind: 'kind',
  order: 'order',
  weight: 'weight',
  aggregation: 'aggregation',
  children: 'kind',
};

function textColumn(field: string | undefined, locale: string | undefined, prefix = 'title'): string {
  const base = field && (NODE_TEXT_FIELDS as readonly string[]).includes(field) ? textPrefix(field as NodeTextField) : prefix;
  return `${base}_${locale ?? 'en'}`;
}

function nodeColumn(rest: string, isOption: boolean): string {
  const parts = rest.replace(/^\./, '').split('.');
  if (isOption) return parts[0] === 'label' ? textColumn(undefined, parts[1]) : (parts[0] ?? 'key') || 'key';
  if (parts[0] === 'texts') return textColumn(parts[1], parts[2]);
  if (parts[0] === 'question') {
    const field = parts
      .slice(1)
      .join('.')
      .replace(/\[\d+\].*$/, '');
    return SPEC_FIELD_COLUMNS[field] ?? SPEC_FIELD_COLUMNS[parts[1]?.replace(/\[\d+\]$/, '') ?? ''] ?? 'type';
  }
  return NODE_FIELDS[parts[0] ?? ''] ?? 'path';
}

/**
 * Where a problem found in the methodology (by the zod schema or the shared validation, which
 * name it by path) is in the spreadsheet: the node's or option's row and the column of the field.
 */
export function locateIssue(path: string, rows: RowIndex): Place {
  const node = NODE_PATH.exec(path);
  if (node) {
    const [, nodePath, option, rest] = node;
    const row = rows.nodes.get(`${nodePath}${option ?? ''}`) ?? 1;
    return { sheet: 'nodes', row, column: nodeColumn(rest ?? '', option !== undefined) };
  }
  if (path === 'pillars' || path.startsWith('pillars[')) return { sheet: 'nodes', row: 1, column: 'path' };
  const tier = /^thresholds\[(\d+)\]\.?([a-z]+)?\.?([a-z]+)?/.exec(path);
  if (tier) {
    const [, index, field, locale] = tier;
    return { sheet: 'tiers', row: rows.tiers.get(`thresholds[${index}]`) ?? 1, column: field === 'name' ? `name_${locale ?? 'en'}` : (field ?? 'tier') };
  }
  if (path.startsWith('thresholds')) return { sheet: 'tiers', row: 1, column: 'tier' };
  const versionRow = rows.version.get(path) ?? rows.version.get(path.split('.')[0] ?? '') ?? 1;
  return { sheet: 'version', row: versionRow, column: 'value' };
}
