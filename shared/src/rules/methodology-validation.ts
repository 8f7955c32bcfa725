import { MAX_WEIGHT, type AnswerValue, type Methodology, type MethodologyNode, type QuestionNode, type QuestionSpec } from '../schemas/methodology.ts';
import type { SpecIssueCode } from '../question-types/define.ts';
import { questionTypeOf } from '../question-types/registry.ts';
import { flattenTree, type TreeEntry } from '../scoring/tree.ts';

export type MethodologyIssueCode =
  | SpecIssueCode
  | 'duplicate_key'
  | 'misplaced_kind'
  | 'empty_group'
  | 'invalid_weight'
  | 'weights_sum_not_positive'
  | 'tier_numbers'
  | 'threshold_out_of_range'
  | 'thresholds_not_increasing'
  | 'lowest_threshold_not_zero'
  | 'show_if_unknown_question'
  | 'show_if_cycle'
  | 'show_if_value_invalid';

/** One problem, beside the field at fault: `path` is the editor path (`pillars[2].children[0].weight`). */
export interface MethodologyIssue {
  path: string;
  code: MethodologyIssueCode;
  message: string;
}

type Report = (path: string, code: MethodologyIssueCode, message: string) => void;

/**
 * Checks what the zod schema cannot: keys unique across the whole tree (groups and questions
 * share one namespace, since answers and overrides are keyed by them), pillars only at the top,
 * no empty group, weights finite and ≥ 0 with a positive sum at every level, tiers numbered
 * 1…N with mins strictly decreasing from tier 1, within [0, 100] and 0 for the lowest tier,
 * skip conditions that reference an existing question with a possible value and form no cycle,
 * option points within [0, maxPoints], distinct goalposts and min ≤ max.
 * Returns every issue (empty when valid), in tree order, thresholds last.
 */
export function validateMethodology(methodology: Methodology): MethodologyIssue[] {
  const issues: MethodologyIssue[] = [];
  const report: Report = (path, code, message) => issues.push({ path, code, message });
  const entries = flattenTree(methodology);
  checkKeysAndKinds(entries, report);
  checkWeights(methodology.pillars, 'pillars', report);
  for (const e of entries) {
    if (e.node.kind === 'question') checkQuestion(e.node.question, `${e.path}.question`, report);
    else {
      if (e.node.children.length === 0) report(`${e.path}.children`, 'empty_group', 'a group needs at least one child');
      else checkWeights(e.node.children, `${e.path}.children`, report);
    }
  }
  checkSkipLogic(entries, report);
  checkThresholds(methodology, report);
  return issues;
}

function checkKeysAndKinds(entries: TreeEntry[], report: Report): void {
  const seen = new Map<string, string>();
  for (const { node, path, parent } of entries) {
    const first = seen.get(node.key);
    if (first) report(`${path}.key`, 'duplicate_key', `key "${node.key}" is already used at ${first}`);
    else seen.set(node.key, path);
    if (parent < 0 !== (node.kind === 'pillar')) {
      report(`${path}.kind`, 'misplaced_kind', parent < 0 ? 'top-level nodes must be pillars' : 'a pillar can only be at the top level');
    }
  }
}

function checkWeights(nodes: readonly MethodologyNode[], path: string, report: Report): void {
  let sum = 0;
  nodes.forEach((n, i) => {
    if (!Number.isFinite(n.weight) || n.weight < 0 || n.weight > MAX_WEIGHT)
      report(`${path}[${i}].weight`, 'invalid_weight', `a weight must be a number from 0 to ${MAX_WEIGHT.toLocaleString('en')}`);
    else sum += n.weight;
  });
  if (nodes.length > 0 && !(sum > 0)) report(path, 'weights_sum_not_positive', 'at least one weight on this level must be above 0');
}

/** What each type checks in its spec (option points, goalposts, …): see question-types/. */
function checkQuestion(spec: QuestionSpec, path: string, report: Report): void {
  questionTypeOf(spec).validate(spec, (at, code, message) => report(`${path}.${at}`, code, message));
}

function checkSkipLogic(entries: TreeEntry[], report: Report): void {
  const questions = new Map<string, { node: QuestionNode; path: string }>();
  for (const { node, path } of entries) if (node.kind === 'question' && !questions.has(node.key)) questions.set(node.key, { node, path });
  const next = new Map<string, string>();
  for (const [key, { node, path }] of questions) {
    const cond = node.question.showIf;
    if (!cond) continue;
    const target = questions.get(cond.question);
    if (!target) {
      report(`${path}.question.showIf.question`, 'show_if_unknown_question', `"${cond.question}" is not a question of this methodology`);
      continue;
    }
    next.set(key, cond.question);
    const spec = target.node.question;
    if (cond.op === 'equals' && !conditionValueOk(spec, cond.value)) {
      report(`${path}.question.showIf.value`, 'show_if_value_invalid', `"${cond.question}" can never have this answer`);
    }
    if (cond.op === 'in') {
      cond.values.forEach((v, i) => {
        if (!conditionValueOk(spec, v))
          report(`${path}.question.showIf.values[${i}]`, 'show_if_value_invalid', `"${cond.question}" can never have this answer`);
      });
    }
  }
  for (const cycle of cyclesOf(next)) {
    for (const key of cycle) {
      report(`${questions.get(key)?.path}.question.showIf`, 'show_if_cycle', `skip conditions form a cycle: ${[...cycle, cycle[0]].join(' → ')}`);
    }
  }
}

/** A condition may compare with "no answer" (null), and with what the target's type allows. */
function conditionValueOk(spec: QuestionSpec, value: AnswerValue): boolean {
  return value === null || questionTypeOf(spec).isConditionValue(spec, value);
}

/** Cycles of a graph in which every node has at most one successor (each question one condition). */
function cyclesOf(next: Map<string, string>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of next.keys()) {
    const walk: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !done.has(cur) && !walk.includes(cur)) {
      walk.push(cur);
      cur = next.get(cur);
    }
    if (cur !== undefined && walk.includes(cur)) cycles.push(walk.slice(walk.indexOf(cur)));
    for (const k of walk) done.add(k);
  }
  return cycles;
}

function checkThresholds(m: Methodology, report: Report): void {
  const t = m.thresholds;
  const keys = new Set<string>();
  t.forEach((th, i) => {
    const at = `thresholds[${i}]`;
    if (keys.has(th.key)) report(`${at}.key`, 'duplicate_key', `tier key "${th.key}" is used twice`);
    keys.add(th.key);
    if (th.tier !== i + 1) report(`${at}.tier`, 'tier_numbers', `tiers must be numbered 1, 2, … from the best; expected ${i + 1}`);
    if (!(th.min >= 0 && th.min <= 100)) report(`${at}.min`, 'threshold_out_of_range', 'a threshold must be between 0 and 100');
    const above = t[i - 1];
    if (above && !(th.min < above.min)) report(`${at}.min`, 'thresholds_not_increasing', `must be below tier ${above.tier}'s minimum (${above.min})`);
  });
  const lowest = t[t.length - 1];
  if (lowest && lowest.min !== 0) report(`thresholds[${t.length - 1}].min`, 'lowest_threshold_not_zero', 'the lowest tier must start at 0');
}
