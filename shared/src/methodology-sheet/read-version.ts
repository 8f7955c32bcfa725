import {
  AGGREGATIONS,
  DEFAULT_PEER_AREA_RULE,
  DEFAULT_STABILITY_SETTINGS,
  MISSING_POLICIES,
  PEER_GROUPS,
  STABILITY_VARY,
  type WeightDistribution,
} from '../schemas/methodology.ts';
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
  set('minCoverage', v.number('min_coverage'));
  set('stability', readStability(v));
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
      minCoverage: 'min_coverage',
      stability: 'stability_vary',
      'stability.vary': 'stability_vary',
      'stability.distribution': 'stability_distribution',
      'stability.distribution.kind': 'stability_distribution',
      'stability.distribution.spread': 'stability_parameter',
      'stability.distribution.sd': 'stability_parameter',
      'stability.distribution.concentration': 'stability_parameter',
      'stability.draws': 'stability_draws',
      'stability.seed': 'stability_seed',
      name: 'name_en',
    }).map(([name, field]) => [name, rowOfField.get(field) ?? 1]),
  );
  for (const field of VERSION_FIELDS) if (field.startsWith('name_')) rowOf.set(`name.${field.slice(5)}`, rowOfField.get(field) ?? 1);
  return { fields, rowOf };
}

export const DISTRIBUTION_KINDS = ['uniform', 'normal', 'dirichlet'] as const;
/** The parameter each distribution takes when the sheet names the kind alone (the editor's starting values). */
const DEFAULT_PARAMETER: Record<WeightDistribution['kind'], number> = { uniform: 0.25, normal: 0.13, dirichlet: 100 };

/** The one parameter of a weight distribution, whatever its kind. */
export function distributionParameter(d: WeightDistribution): number {
  return d.kind === 'uniform' ? d.spread : d.kind === 'normal' ? d.sd : d.concentration;
}

/**
 * The stability settings, set when any of their cells is (a sheet without them leaves the version
 * to the defaults); a cell left empty takes the default's value, a kind without its parameter the
 * kind's starting value. Out-of-range values are left to the schema, which names the cell.
 */
function readStability(v: RowReader): unknown {
  const vary = v.oneOf('stability_vary', STABILITY_VARY);
  const kind = v.oneOf('stability_distribution', DISTRIBUTION_KINDS);
  const parameter = v.number('stability_parameter');
  const draws = v.number('stability_draws', { integer: true });
  const seed = v.number('stability_seed', { integer: true });
  if ([vary, kind, parameter, draws, seed].every((x) => x === undefined)) return undefined;
  const d = DEFAULT_STABILITY_SETTINGS;
  const k = kind ?? d.distribution.kind;
  const p = parameter ?? (kind === undefined ? distributionParameter(d.distribution) : DEFAULT_PARAMETER[k]);
  const distribution = k === 'uniform' ? { kind: k, spread: p } : k === 'normal' ? { kind: k, sd: p } : { kind: k, concentration: p };
  return { vary: vary ?? d.vary, distribution, draws: draws ?? d.draws, seed: seed ?? d.seed };
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
