import { evaluateBatchGeneral, overallFromRoot, type ScoreBatch } from './batch.ts';
import type { CompiledMethodology } from './compile.ts';
import { meanRow } from './mean.ts';

/**
 * A faster way through the tree for Monte Carlo draws. An arithmetic group whose children are
 * present for every country ("linear") has a value that is a fixed linear combination of the
 * rows below it, with coefficients that depend only on the draw's weights. Such groups are folded
 * into the nearest group above that cannot be folded (a "unit": the root, a geometric group or
 * its child, or a group some country lacks a child of), which then reads its "frontier"
 * (questions and units below it) directly: about one multiply-add per question and country,
 * instead of one per tree edge plus a division per group.
 */
export interface BatchPlan {
  /** parent node index by node index, −1 for pillars */
  readonly parent: Int32Array;
  /** 1 for groups that are units (by node index) */
  readonly isUnit: Uint8Array;
  /** linear groups (group indices), whose per-draw denominators are shared by all countries */
  readonly linearGroup: Int32Array;
  /** units bottom-up (node index, −1 for the root), whether each is geometric, and its children */
  readonly units: Int32Array;
  readonly geometric: Uint8Array;
  readonly children: Int32Array[];
  /** per unit (same order): frontier nodes, and direct children some country lacks, and the others */
  readonly frontier: Int32Array[];
  readonly ragged: Int32Array[];
  readonly steady: Int32Array[];
  /** scratch per node: coefficient of the node within its unit, and linear groups' denominators */
  readonly factor: Float64Array;
  readonly den: Float64Array;
  /**
   * The common two-level shape (groups some country lacks a question of, under linear groups up to
   * the root): the root is arithmetic, every country has each of its children, and it reads every
   * other unit and nothing else, while those units are arithmetic and read questions only. Each such
   * unit's value is then added into the root's sum as it is computed, in one pass over the
   * countries, instead of being stored and read again (see foldedUnit).
   */
  readonly foldIntoRoot: boolean;
  /** scratch: the root's running sum per country, when units fold into it */
  readonly rootSum: Float64Array;
}

/** Builds the plan from a batch evaluated once with the base weights (createBatch does that). */
export function planBatch(c: CompiledMethodology, batch: ScoreBatch): BatchPlan {
  const k = batch.countries;
  const n = c.entries.length;
  const alwaysIn = (node: number) => !batch.included.subarray(node * k, node * k + k).includes(0);
  const childrenOf = (node: number): number[] => {
    if (node < 0) return [...c.pillarNode];
    const g = c.groupNode.indexOf(node);
    return [...c.childList.subarray(c.childStart[g], c.childEnd[g])];
  };
  const positive = (node: number) => c.baseWeights[node]! > 0;
  const geometricAt = (node: number) => (node < 0 ? c.rootGeometric : c.geometric[c.groupNode.indexOf(node)] === 1);
  const isUnit = new Uint8Array(n);
  for (const e of c.entries) {
    if (e.node.kind === 'question') continue;
    const kids = childrenOf(e.index).filter(positive);
    const linear = !geometricAt(e.index) && !geometricAt(e.parent) && alwaysIn(e.index) && kids.every(alwaysIn);
    isUnit[e.index] = linear ? 0 : 1;
  }
  const folds = (node: number) => node >= 0 && c.entries[node]!.node.kind !== 'question' && isUnit[node] === 0;
  const frontierOf = (node: number): number[] =>
    childrenOf(node)
      .filter(positive)
      .flatMap((child) => (folds(child) ? frontierOf(child) : [child]));
  const units = [...c.groupNode]
    .filter((g) => isUnit[g] === 1)
    .reverse()
    .concat(-1);
  const inner = units.slice(0, -1);
  const rootFrontier = frontierOf(-1);
  const foldIntoRoot =
    !c.rootGeometric &&
    inner.length > 0 &&
    childrenOf(-1).every(alwaysIn) &&
    rootFrontier.length === inner.length &&
    inner.every((u) => rootFrontier.includes(u) && !geometricAt(u) && frontierOf(u).every((f) => isUnit[f] === 0));
  return {
    parent: Int32Array.from(c.entries, (e) => e.parent),
    isUnit,
    linearGroup: Int32Array.from(c.groupNode.keys()).filter((g) => isUnit[c.groupNode[g]!] === 0),
    units: Int32Array.from(units),
    geometric: Uint8Array.from(units, (u) => (geometricAt(u) ? 1 : 0)),
    children: units.map((u) => Int32Array.from(childrenOf(u))),
    frontier: units.map((u) => Int32Array.from(frontierOf(u))),
    ragged: units.map((u) => Int32Array.from(childrenOf(u).filter((ch) => positive(ch) && !alwaysIn(ch)))),
    steady: units.map((u) => Int32Array.from(childrenOf(u).filter((ch) => positive(ch) && alwaysIn(ch)))),
    factor: new Float64Array(n),
    den: new Float64Array(n),
    foldIntoRoot,
    rootSum: new Float64Array(foldIntoRoot ? batch.countries : 0),
  };
}

/**
 * Scores every country of a batch under one draw of weights with the plan; returns
 * `batch.overall` (0–100 per country). Agrees with evaluateTree to within a few ulps (the folded
 * sums are added in another order). A draw in which a positive weight became 0 (possible only
 * at spread 1) could leave out what the plan assumes is always there: it takes the general path.
 */
export function evaluateBatchPlanned(c: CompiledMethodology, plan: BatchPlan, weights: Float64Array, batch: ScoreBatch): Float64Array {
  if (lostSign(c.baseWeights, weights)) return evaluateBatchGeneral(c, weights, batch);
  const { factor, den, parent, isUnit } = plan;
  for (let j = 0; j < plan.linearGroup.length; j++) {
    const g = plan.linearGroup[j]!;
    let sum = 0;
    for (let e = c.childStart[g]!; e < c.childEnd[g]!; e++) {
      const w = weights[c.childList[e]!]!;
      if (w > 0) sum += w;
    }
    den[c.groupNode[g]!] = sum;
  }
  // pre-order: a parent's factor is ready before its children's
  for (let node = 0; node < parent.length; node++) {
    const p = parent[node]!;
    const w = weights[node]!;
    factor[node] = p < 0 || isUnit[p] === 1 ? w : (factor[p]! * w) / den[p]!;
  }
  const k = batch.countries;
  const root = c.entries.length * k;
  if (plan.foldIntoRoot) {
    const last = plan.units.length - 1;
    const sum = plan.rootSum.fill(0);
    for (let i = 0; i < last; i++) {
      const u = plan.units[i]!;
      const small = plan.frontier[i]!.length >= 1 && plan.frontier[i]!.length <= 4 && plan.ragged[i]!.length <= 1;
      if (small) foldedUnit(batch, sum, plan.frontier[i]!, plan.ragged[i]!, plan.steady[i]!, factor, weights, u);
      else {
        linearRow(batch, u * k, plan.frontier[i]!, plan.ragged[i]!, plan.steady[i]!, factor, weights);
        addRow(sum, batch.values, u * k, factor[u]!);
      }
    }
    closeRoot(batch, root, sum, plan.steady[last]!, weights);
    return overallFromRoot(batch, root);
  }
  for (let i = 0; i < plan.units.length; i++) {
    const u = plan.units[i]!;
    const out = u < 0 ? root : u * k;
    if (plan.geometric[i] === 1) meanRow(batch, plan.children[i]!, 0, plan.children[i]!.length, out, weights, true);
    else linearRow(batch, out, plan.frontier[i]!, plan.ragged[i]!, plan.steady[i]!, factor, weights);
  }
  return overallFromRoot(batch, root);
}

/**
 * An arithmetic unit of at most four question rows and one question some countries lack, added
 * into the root's running sum with its coefficient there, in one pass: its value is linearRow's
 * (the kernel's rules: a country with none of its children gets 0, the mean is clamped), never
 * stored. Missing terms read the first row with a coefficient of 0. (No closures or destructuring:
 * this runs for every unit of every draw.)
 */
function foldedUnit(
  b: ScoreBatch,
  sum: Float64Array,
  frontier: Int32Array,
  ragged: Int32Array,
  steady: Int32Array,
  factor: Float64Array,
  weights: Float64Array,
  unit: number,
): void {
  const { values: v, included: inc, countries: k } = b;
  const n = frontier.length;
  const ra = frontier[0]! * k;
  const rb = n > 1 ? frontier[1]! * k : ra;
  const rc = n > 2 ? frontier[2]! * k : ra;
  const rd = n > 3 ? frontier[3]! * k : ra;
  const fa = factor[frontier[0]!]!;
  const fb = n > 1 ? factor[frontier[1]!]! : 0;
  const fc = n > 2 ? factor[frontier[2]!]! : 0;
  const fd = n > 3 ? factor[frontier[3]!]! : 0;
  const lacking = ragged.length === 1 ? ragged[0]! * k : ra;
  const wl = ragged.length === 1 ? weights[ragged[0]!]! : 0;
  let fixed = 0;
  for (let j = 0; j < steady.length; j++) fixed += weights[steady[j]!]!;
  const fu = factor[unit]!;
  for (let i = 0; i < k; i++) {
    const num = fa * v[ra + i]! + fb * v[rb + i]! + fc * v[rc + i]! + fd * v[rd + i]!;
    const d = fixed + wl * inc[lacking + i]!;
    const x = d > 0 ? num / d : 0;
    sum[i]! += fu * (x > 1 ? 1 : x);
  }
}

/** sum += f · v[from..from + sum.length). */
function addRow(sum: Float64Array, v: Float64Array, from: number, f: number): void {
  for (let i = 0; i < sum.length; i++) sum[i]! += f * v[from + i]!;
}

/** The root's row: its sum divided by its weights (every country has every child), clamped. */
function closeRoot(b: ScoreBatch, root: number, sum: Float64Array, steady: Int32Array, weights: Float64Array): void {
  let fixed = 0;
  for (let j = 0; j < steady.length; j++) fixed += weights[steady[j]!]!;
  const inv = 1 / fixed;
  for (let i = 0; i < sum.length; i++) {
    const x = sum[i]! * inv;
    b.values[root + i] = x > 1 ? 1 : x;
    b.included[root + i] = 1;
  }
}

function lostSign(base: Float64Array, weights: Float64Array): boolean {
  for (let i = 0; i < base.length; i++) if (base[i]! > 0 && !(weights[i]! > 0)) return true;
  return false;
}

/**
 * One arithmetic unit: numerator from the frontier, denominator from its direct children, then the
 * kernel's rules (mean.ts: a country with none of the children is left out, the mean is clamped),
 * written out as in meanRow: this is the innermost loop of a Monte Carlo draw, where V8 does not
 * inline helpers, and the draws were measurably slower through them.
 */
function linearRow(
  b: ScoreBatch,
  out: number,
  frontier: Int32Array,
  ragged: Int32Array,
  steady: Int32Array,
  factor: Float64Array,
  weights: Float64Array,
): void {
  const { values: v, included: inc, countries: k } = b;
  const end = out + k;
  if (frontier.length === 0) {
    v.fill(0, out, end);
    inc.fill(0, out, end);
    return;
  }
  sumRows(v, out, end, frontier, factor, k);
  let fixed = 0;
  for (let j = 0; j < steady.length; j++) fixed += weights[steady[j]!]!;
  if (ragged.length === 0) {
    // every country has every child: one shared denominator, > 0 since the frontier is not empty
    const inv = 1 / fixed;
    for (let i = out; i < end; i++) {
      const x = v[i]! * inv;
      v[i] = x > 1 ? 1 : x;
      inc[i] = 1;
    }
    return;
  }
  inc.fill(fixed, out, end);
  for (let j = 0; j < ragged.length; j++) {
    const w = weights[ragged[j]!]!;
    const shift = ragged[j]! * k - out;
    for (let i = out; i < end; i++) inc[i]! += w * inc[i + shift]!;
  }
  for (let i = out; i < end; i++) {
    const d = inc[i]!;
    const x = d > 0 ? v[i]! / d : 0;
    v[i] = x > 1 ? 1 : x;
    inc[i] = d > 0 ? 1 : 0;
  }
}

/**
 * v[out..end) = Σ factor[node] · row(node) over the frontier. Rows are summed four at a time:
 * one pass that reads four rows and writes once is about twice as fast as four passes.
 * (No closures or destructuring here: this is the innermost loop of a Monte Carlo run.)
 */
function sumRows(v: Float64Array, out: number, end: number, frontier: Int32Array, factor: Float64Array, k: number): void {
  const n = frontier.length;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    const a = frontier[j]!;
    const b = frontier[j + 1]!;
    const c = frontier[j + 2]!;
    const d = frontier[j + 3]!;
    const fa = factor[a]!;
    const fb = factor[b]!;
    const fc = factor[c]!;
    const fd = factor[d]!;
    const sa = a * k - out;
    const sb = b * k - out;
    const sc = c * k - out;
    const sd = d * k - out;
    if (j === 0) for (let i = out; i < end; i++) v[i] = fa * v[i + sa]! + fb * v[i + sb]! + fc * v[i + sc]! + fd * v[i + sd]!;
    else for (let i = out; i < end; i++) v[i]! += fa * v[i + sa]! + fb * v[i + sb]! + fc * v[i + sc]! + fd * v[i + sd]!;
  }
  for (; j < n; j++) {
    const a = frontier[j]!;
    const fa = factor[a]!;
    const sa = a * k - out;
    if (j === 0) for (let i = out; i < end; i++) v[i] = fa * v[i + sa]!;
    else for (let i = out; i < end; i++) v[i]! += fa * v[i + sa]!;
  }
}
