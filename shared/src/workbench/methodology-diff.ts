import { minCoverageOf, type Methodology, type MethodologyNode } from '../schemas/methodology.ts';

export interface NodeChange {
  key: string;
  kind: MethodologyNode['kind'];
}
export interface MovedNode extends NodeChange {
  fromParent: string | null;
  toParent: string | null;
}
export interface ReweightedNode extends NodeChange {
  from: number;
  to: number;
}

/** A structural diff of two methodology versions, by node key (keys are stable across versions). */
export interface MethodologyDiff {
  added: NodeChange[];
  removed: NodeChange[];
  /** same key under another parent */
  moved: MovedNode[];
  /** raw weight changed */
  reweighted: ReweightedNode[];
  /** question type, options, points, goalposts or skip condition changed */
  rescored: NodeChange[];
  /** texts changed only */
  reworded: NodeChange[];
  thresholdsChanged: boolean;
  settingsChanged: string[];
}

interface Located {
  node: MethodologyNode;
  parent: string | null;
}

function index(m: Methodology): Map<string, Located> {
  const out = new Map<string, Located>();
  const walk = (node: MethodologyNode, parent: string | null) => {
    out.set(node.key, { node, parent });
    if (node.kind !== 'question') node.children.forEach((c) => walk(c, node.key));
  };
  m.pillars.forEach((p) => walk(p, null));
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed from `before` to `after`; every list is in key order. */
export function diffMethodologies(before: Methodology, after: Methodology): MethodologyDiff {
  const a = index(before);
  const b = index(after);
  const diff: MethodologyDiff = {
    added: [],
    removed: [],
    moved: [],
    reweighted: [],
    rescored: [],
    reworded: [],
    thresholdsChanged: false,
    settingsChanged: [],
  };
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(key);
    const y = b.get(key);
    if (!x) diff.added.push({ key, kind: y!.node.kind });
    else if (!y) diff.removed.push({ key, kind: x.node.kind });
    else {
      const kind = y.node.kind;
      if (x.parent !== y.parent) diff.moved.push({ key, kind, fromParent: x.parent, toParent: y.parent });
      if (x.node.weight !== y.node.weight) diff.reweighted.push({ key, kind, from: x.node.weight, to: y.node.weight });
      const specX = x.node.kind === 'question' ? x.node.question : x.node.aggregation;
      const specY = y.node.kind === 'question' ? y.node.question : y.node.aggregation;
      if (x.node.kind !== y.node.kind || !same(specX, specY)) diff.rescored.push({ key, kind });
      if (!same(x.node.texts, y.node.texts)) diff.reworded.push({ key, kind });
    }
  }
  diff.thresholdsChanged = !same(
    before.thresholds.map((t) => [t.tier, t.min]),
    after.thresholds.map((t) => [t.tier, t.min]),
  );
  diff.settingsChanged = (['pillarMax', 'aggregation', 'missingPolicy'] as const).filter((k) => before[k] !== after[k]);
  if (minCoverageOf(before) !== minCoverageOf(after)) diff.settingsChanged.push('minCoverage');
  return diff;
}
