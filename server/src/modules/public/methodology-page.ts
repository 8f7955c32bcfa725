import {
  diffMethodologies,
  flattenTree,
  isScored,
  maxPointsOf,
  minCoverageOf,
  peerAreaRuleOf,
  scoringFacts,
  type LocalizedString,
  type Methodology,
  type MethodologyChange,
  type MethodologyNode,
  type MethodologyRow,
  type PublicMethodology,
  type StabilitySummary,
} from '@gci/shared';
import type { PublicationView } from './publication-view.ts';
import { titlesOf } from './trace.ts';

/** A node counts in its parent's weights when something below it can be scored (free text never is). */
function isScoredNode(node: MethodologyNode): boolean {
  return node.kind === 'question' ? isScored(node.question) : node.children.some(isScoredNode);
}

/**
 * Every node with its weight as configured, its normalised share among its scored siblings and
 * its share of the overall score (the product of shares from the pillar down). These are the
 * nominal shares; for a given country, hidden or excluded questions hand theirs to their siblings.
 */
export function methodologyRows(methodology: Methodology): MethodologyRow[] {
  const entries = flattenTree(methodology);
  const siblingsOf = (parent: number): MethodologyNode[] =>
    parent < 0 ? methodology.pillars : (entries[parent]!.node as Extract<MethodologyNode, { children: unknown }>).children;
  const overall = new Map<number, number>();
  return entries.map((e) => {
    const scored = isScoredNode(e.node);
    const total = siblingsOf(e.parent)
      .filter((s) => isScoredNode(s) && s.weight > 0)
      .reduce((sum, s) => sum + s.weight, 0);
    const share = scored && e.node.weight > 0 && total > 0 ? e.node.weight / total : 0;
    const overallShare = share * (e.parent < 0 ? 1 : (overall.get(e.parent) ?? 0));
    overall.set(e.index, overallShare);
    let question: MethodologyRow['question'] = null;
    if (e.node.kind === 'question') {
      const spec = e.node.question;
      question = {
        type: spec.type,
        scored: isScored(spec),
        maxPoints: maxPointsOf(spec),
        ...scoringFacts(spec),
        conditional: spec.showIf !== undefined,
      };
    }
    return {
      key: e.node.key,
      parentKey: e.parent >= 0 ? entries[e.parent]!.node.key : null,
      depth: e.path.split('.children').length - 1,
      kind: e.node.kind,
      title: e.node.texts.title,
      weight: e.node.weight,
      share,
      overallShare,
      question,
    };
  });
}

/** The diff of two versions as one list in key order, each change with the node's title. */
export function describeChanges(
  before: Methodology,
  after: Methodology,
): Pick<NonNullable<PublicMethodology['previous']>, 'changes' | 'thresholdsChanged' | 'settingsChanged'> {
  const diff = diffMethodologies(before, after);
  const titles = new Map<string, LocalizedString>([...titlesOf(before), ...titlesOf(after)]);
  const title = (key: string) => titles.get(key) ?? { en: key };
  const changes: MethodologyChange[] = [
    ...diff.added.map((c) => ({ change: 'added' as const, ...c, from: null, to: null })),
    ...diff.removed.map((c) => ({ change: 'removed' as const, ...c, from: null, to: null })),
    ...diff.moved.map((c) => ({ change: 'moved' as const, key: c.key, kind: c.kind, from: null, to: null })),
    ...diff.reweighted.map((c) => ({ change: 'reweighted' as const, key: c.key, kind: c.kind, from: c.from, to: c.to })),
    ...diff.rescored.map((c) => ({ change: 'rescored' as const, ...c, from: null, to: null })),
    ...diff.reworded.map((c) => ({ change: 'reworded' as const, ...c, from: null, to: null })),
  ].map((c) => ({ ...c, title: title(c.key) }));
  return { changes, thresholdsChanged: diff.thresholdsChanged, settingsChanged: diff.settingsChanged };
}

/** The methodology page of a published cycle, with what changed since the previous published edition. */
export function buildMethodologyPage(view: PublicationView, previous: PublicationView | undefined, stability: StabilitySummary): PublicMethodology {
  const m = view.methodology;
  return {
    cycle: view.cycle,
    methodology: {
      key: m.key,
      name: m.name,
      edition: m.edition,
      pillarMax: m.pillarMax,
      aggregation: m.aggregation,
      missingPolicy: m.missingPolicy,
      minCoverage: m.missingPolicy === 'exclude' ? minCoverageOf(m) : 0,
      peerAreas: peerAreaRuleOf(m),
    },
    tiers: view.tiers,
    rows: methodologyRows(m),
    previous: previous
      ? {
          year: previous.cycle.year,
          cycleName: previous.cycle.name,
          methodologyKey: previous.methodology.key,
          sameVersion: previous.methodologyHash === view.methodologyHash,
          ...describeChanges(previous.methodology, m),
        }
      : null,
    stability,
  };
}
