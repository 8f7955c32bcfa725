import { AGGREGATIONS, DEFAULT_PEER_AREA_RULE, MISSING_POLICIES, PEER_GROUPS } from '../schemas/methodology.ts';
import { rowReader, type RowReader } from './cells.ts';
import { readLocalized } from './read-localized.ts';
import { REQUIRED_VERSION_FIELDS, VERSION_FIELDS, type Cell, type SheetError } from './sheet-model.ts';

type Json = Record<string, unknown>;

export interface ReadVersion {
  fields: Json;
  /** the spreadsheet row of each version field, by its name in the methodology (`key`, `pillarMax`, `name.fr`) */
  rowOf: Map<string, number>;
}

/**
 * The version sheet, one field a row (`field`, `value`). The values are read as one row whose
 * columns are the fields, so each is checked as a cell of its kind, and its errors point at its
 * own row (in the value column, named in the message).
 */
export function readVersion(rows: readonly RowReader[], errors: SheetError[]): ReadVersion {
  const values = new Map<string, Cell>();
  const rowOfField = new Map<string, number>();
  for (const r of rows) {
    const field = r.code('field');
    if (field === undefined) r.error('field', 'required');
    else if (!(VERSION_FIELDS as readonly string[]).includes(field)) r.error('field', `unknown field "${field}"; the fields are ${VERSION_FIELDS.join(', ')}`);
    else if (rowOfField.has(field)) r.error('field', `"${field}" is already on row ${rowOfField.get(field)}`);
    else {
      rowOfField.set(field, r.row);
      values.set(field, r.cell('value'));
    }
  }
  for (const field of REQUIRED_VERSION_FIELDS)
    if (!rowOfField.has(field)) errors.push({ sheet: 'version', row: 1, column: 'field', message: `the field "${field}" is missing` });
  const v = rowReader(1, values, (field, message) =>
    errors.push({ sheet: 'version', row: rowOfField.get(field) ?? 1, column: 'value', message: `${field}: ${message}` }),
  );
  const required = (field: string) => {
    if (rowOfField.has(field) && !v.has(field)) v.error(field, 'required');
  };
  required('key');
  required('edition');

  const fields: Json = {};
  const set = (name: string, value: unknown) => {
    if (value !== undefined) fields[name] = value;
  };
  set('key', v.code('key'));
  set('edition', v.number('edition', { integer: true }));
  set('pillarMax', v.number('pillar_max'));
  set('aggregation', v.oneOf('aggregation', AGGREGATIONS));
  set('missingPolicy', v.oneOf('missing_policy', MISSING_POLICIES));
  set('name', readLocalized(v, 'name', true));
  // the rule of strengths is set when any of its cells is; the others take their defaults
  const group = v.oneOf('peer_group', PEER_GROUPS);
  const margin = v.number('peer_margin');
  const includeSelf = v.boolean('peer_include_self');
  if (group !== undefined || margin !== undefined || includeSelf !== undefined) {
    const d = DEFAULT_PEER_AREA_RULE;
    set('peerAreas', { group: group ?? d.group, margin: margin ?? d.margin, includeSelf: includeSelf ?? d.includeSelf });
  }
  const rowOf = new Map<string, number>(
    Object.entries({
      key: 'key',
      edition: 'edition',
      pillarMax: 'pillar_max',
      aggregation: 'aggregation',
      missingPolicy: 'missing_policy',
      'peerAreas.group': 'peer_group',
      'peerAreas.margin': 'peer_margin',
      'peerAreas.includeSelf': 'peer_include_self',
      name: 'name_en',
    }).map(([name, field]) => [name, rowOfField.get(field) ?? 1]),
  );
  for (const field of VERSION_FIELDS) if (field.startsWith('name_')) rowOf.set(`name.${field.slice(5)}`, rowOfField.get(field) ?? 1);
  return { fields, rowOf };
}

/** The tiers sheet: one tier a row, best first. */
export function readTiers(rows: readonly RowReader[]): { thresholds: Json[]; rowOf: Map<string, number> } {
  const thresholds: Json[] = [];
  const rowOf = new Map<string, number>();
  for (const r of rows) {
    for (const column of ['tier', 'key', 'min']) if (!r.has(column)) r.error(column, 'required');
    rowOf.set(`thresholds[${thresholds.length}]`, r.row);
    thresholds.push({ tier: r.number('tier', { integer: true }), key: r.code('key'), min: r.number('min'), name: readLocalized(r, 'name', true) });
  }
  return { thresholds, rowOf };
}
