import type { z } from 'zod';
import { MethodologySchema, type Methodology } from '../schemas/methodology.ts';
import { validateMethodology, type MethodologyIssue } from '../rules/methodology-validation.ts';
import { QUESTION_TYPES } from '../question-types/registry.ts';
import { locateIssue, pathString, type Place, type RowIndex } from './locate-issue.ts';
import { readNodes } from './read-nodes.ts';
import { readTable } from './read-table.ts';
import { readTiers, readVersion } from './read-version.ts';
import { SHEET_NAMES, type SheetError, type SheetTable } from './sheet-model.ts';

export type SheetReadResult = { ok: true; methodology: Methodology } | { ok: false; errors: SheetError[] };

type Issue = z.core.$ZodIssue;

/** A union's issues are those of the branch the value came closest to (a group is not told it lacks a question). */
function flatten(issue: Issue, base: readonly PropertyKey[]): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, issue }];
  const branches = issue.errors.map((branch) => branch.flatMap((i) => flatten(i, path)));
  return branches.reduce((best, b) => (b.length < best.length ? b : best));
}

function messageOf(issue: Issue, place: Place): string {
  if (issue.code === 'too_small' && place.column === 'type') return `needs at least ${String(issue.minimum)} option row(s) after it`;
  return issue.message;
}

/**
 * Reads a methodology from its sheets ({@link methodologyToSheets}' layout), checks it with the
 * methodology schema and the shared validation, and reports every problem by sheet, row and
 * column (sorted). A field left empty stays out of the methodology (and takes its default where
 * it has one), so what was written comes back exactly. Nothing is returned unless all is well.
 */
export function sheetsToMethodology(tables: readonly SheetTable[]): SheetReadResult {
  const errors: SheetError[] = [];
  const nodes = readNodes(readTable(tables, 'nodes', errors));
  const version = readVersion(readTable(tables, 'version', errors), errors);
  const tiers = readTiers(readTable(tables, 'tiers', errors));
  const rows: RowIndex = { nodes: nodes.rowOf, version: version.rowOf, tiers: tiers.rowOf };
  const candidate = { ...version.fields, thresholds: tiers.thresholds, pillars: nodes.pillars };

  const seen = new Set(errors.map((e) => `${e.sheet}|${e.row}|${e.column}`));
  const add = (place: Place, message: string) => {
    const at = `${place.sheet}|${place.row}|${place.column}`;
    if (seen.has(at)) return; // already reported (a value that could not be read is also missing to the schema)
    seen.add(at);
    errors.push({ ...place, message });
  };
  const parsed = MethodologySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const { path, issue } of parsed.error.issues.flatMap((i) => flatten(i, []))) {
      const place = locateIssue(pathString(path), rows);
      add(place, messageOf(issue, place));
    }
  }
  // The rules across rows (weights, tiers, keys, skip logic) are checked even when some cells could
  // not be read, so that one upload lists every problem; a row already at fault gets no more.
  const faulty = new Set(errors.map((e) => `${e.sheet}|${e.row}`));
  for (const issue of parsed.success ? validateMethodology(parsed.data) : lenientValidation(candidate)) {
    const place = locateIssue(issue.path, rows);
    if (!faulty.has(`${place.sheet}|${place.row}`)) add(place, issue.message);
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: sortErrors(errors) };
  // The version's settings take their defaults (the database holds one of each); the tree is kept as written.
  return { ok: true, methodology: { ...parsed.data, pillars: candidate.pillars as unknown as Methodology['pillars'] } };
}

/**
 * The shared validation over a methodology that did not parse: a question of no known type is read
 * as free text and missing scoring bounds as unbounded, so the other checks still run (their
 * findings on the rows at fault are dropped by the caller).
 */
function lenientValidation(candidate: { pillars: unknown[] }): MethodologyIssue[] {
  const patch = (node: Record<string, unknown>): void => {
    const spec = node.question as Record<string, unknown> | undefined;
    if (spec) {
      if (!(typeof spec.type === 'string' && spec.type in QUESTION_TYPES)) node.question = { type: 'text', ...(spec.showIf ? { showIf: spec.showIf } : {}) };
      else {
        spec.maxPoints ??= Infinity;
        spec.goalposts ??= { lower: 0, upper: 1 };
      }
    }
    for (const child of (node.children as Record<string, unknown>[] | undefined) ?? []) patch(child);
  };
  const copy = structuredClone(candidate) as unknown as Methodology & { pillars: Record<string, unknown>[] };
  copy.pillars.forEach(patch);
  copy.thresholds ??= [];
  try {
    return validateMethodology(copy);
  } catch {
    return [];
  }
}

const sortErrors = (errors: SheetError[]): SheetError[] =>
  [...errors].sort(
    (a, b) => SHEET_NAMES.indexOf(a.sheet as never) - SHEET_NAMES.indexOf(b.sheet as never) || a.row - b.row || a.column.localeCompare(b.column),
  );
