import { LOCALES, type LocalizedString } from '../schemas/locale.ts';
import type { Methodology, MethodologyNode, NodeTexts, StabilitySettings } from '../schemas/methodology.ts';
import { distributionParameter } from './read-version.ts';
import { formatShowIf } from './show-if.ts';
import { getField, TYPE_COLUMNS } from './question-columns.ts';
import {
  localizedColumn,
  NODE_COLUMNS,
  NODE_TEXT_FIELDS,
  OPTION_KIND,
  PATH_SEPARATOR,
  TIER_COLUMNS,
  textPrefix,
  VERSION_COLUMNS,
  VERSION_FIELDS,
  type Cell,
  type SheetTable,
} from './sheet-model.ts';

type Cells = Record<string, Cell>;

const localizedCells = (prefix: string, text: LocalizedString | undefined): Cells =>
  Object.fromEntries(LOCALES.map((l) => [localizedColumn(prefix, l), text?.[l] ?? null]));

const textCells = (texts: NodeTexts): Cells => Object.fromEntries(NODE_TEXT_FIELDS.flatMap((f) => Object.entries(localizedCells(textPrefix(f), texts[f]))));

const rowOf = (columns: readonly string[], cells: Cells): Cell[] => columns.map((c) => cells[c] ?? null);

/** A node's row, and for a question with options one row per option after it. */
function nodeRows(node: MethodologyNode, parentPath: string | null, out: Cell[][]): void {
  const path = parentPath === null ? node.key : `${parentPath}${PATH_SEPARATOR}${node.key}`;
  const cells: Cells = { path, kind: node.kind, key: node.key, order: node.order, weight: node.weight, ...textCells(node.texts) };
  if (node.kind !== 'question') {
    cells.aggregation = node.aggregation ?? null;
    out.push(rowOf(NODE_COLUMNS, cells));
    for (const child of node.children) nodeRows(child, path, out);
    return;
  }
  const spec = node.question;
  cells.type = spec.type;
  cells.required = spec.required ?? null;
  cells.evidence_rule = spec.evidence ?? null;
  cells.show_if = spec.showIf ? formatShowIf(spec.showIf) : null;
  for (const c of TYPE_COLUMNS[spec.type].columns) cells[c.column] = (getField(spec, c.field) as Cell | undefined) ?? null;
  out.push(rowOf(NODE_COLUMNS, cells));
  if (spec.type === 'single_choice' || spec.type === 'multi_choice') {
    for (const o of spec.options) {
      out.push(
        rowOf(NODE_COLUMNS, { path: `${path}${PATH_SEPARATOR}${o.key}`, kind: OPTION_KIND, key: o.key, points: o.points, ...localizedCells('title', o.label) }),
      );
    }
  }
}

/**
 * A methodology version as three sheets: `nodes` (one row per node in tree order, each option
 * after its question), `version` (key, edition, scoring settings and name) and `tiers`. A field
 * the version leaves out stays an empty cell, so reading the sheets back gives the same content.
 */
export function methodologyToSheets(methodology: Methodology): SheetTable[] {
  const nodes: Cell[][] = [];
  for (const pillar of methodology.pillars) nodeRows(pillar, null, nodes);
  const version: Cells = {
    key: methodology.key,
    edition: methodology.edition,
    pillar_max: methodology.pillarMax,
    aggregation: methodology.aggregation,
    missing_policy: methodology.missingPolicy,
    peer_group: methodology.peerAreas?.group ?? null,
    peer_margin: methodology.peerAreas?.margin ?? null,
    peer_include_self: methodology.peerAreas?.includeSelf ?? null,
    min_coverage: methodology.minCoverage ?? null,
    ...stabilityCells(methodology.stability),
    ...localizedCells('name', methodology.name),
  };
  return [
    { name: 'nodes', header: NODE_COLUMNS, rows: nodes },
    { name: 'version', header: VERSION_COLUMNS, rows: VERSION_FIELDS.map((f) => [f, version[f] ?? null]) },
    {
      name: 'tiers',
      header: TIER_COLUMNS,
      rows: methodology.thresholds.map((t) => rowOf(TIER_COLUMNS, { tier: t.tier, key: t.key, min: t.min, ...localizedCells('name', t.name) })),
    },
  ];
}

/** The stability settings as version fields, all empty when the version leaves them to their defaults. */
function stabilityCells(s: StabilitySettings | undefined): Cells {
  return {
    stability_vary: s?.vary ?? null,
    stability_distribution: s?.distribution.kind ?? null,
    stability_parameter: s ? distributionParameter(s.distribution) : null,
    stability_draws: s?.draws ?? null,
    stability_seed: s?.seed ?? null,
  };
}
