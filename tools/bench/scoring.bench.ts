import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Answers, AnswerValue, Methodology, MethodologyNode, QuestionNode, QuestionSpec } from '@gci/shared';
import { GCI_2024_TIERS, createPrng, createStabilityRun, createWhatIf, distanceToNextTier, scoreAssessment, tierStabilityBaseline } from '@gci/shared';
import type { AnswersByCountry, Prng } from '@gci/shared';

/**
 * Scoring benchmarks on synthetic data: a 5-pillar, 80-question methodology with skip logic and
 * 194 countries' answers, both built deterministically from a fixed seed.
 *   node --conditions=@gci/source --import tsx tools/bench/scoring.bench.ts
 */

const title = (en: string) => ({ title: { en } });
const common = { required: true, evidence: 'optional' as const };

function specFor(i: number): QuestionSpec {
  const options = [0, 1, 2, 3].map((p) => ({ key: `o${p}`, points: p, label: { en: `option ${p}` } }));
  switch (i % 8) {
    case 1:
      return { type: 'yes_no', ...common };
    case 3:
      return { type: 'single_choice', options, maxPoints: 3, ...common };
    case 5:
      return { type: 'multi_choice', options, maxPoints: 4, ...common };
    case 7:
      return { type: 'number', goalposts: { lower: 0, upper: 10 }, min: 0, integer: true, ...common };
    default:
      return { type: 'status', partialCredit: 0.5, ...common };
  }
}

/** 5 pillars × 4 indicators (or `indicators` each) × (2 + 1 questions in two sub-indicators + a follow-up question) = 80 questions (4 × indicators × 5). */
export function syntheticMethodology(indicators = 4): Methodology {
  let n = 0;
  const question = (key: string, order: number, showIf?: QuestionNode['question']['showIf']): QuestionNode => {
    const spec = specFor(n++);
    return { kind: 'question', key, order, weight: 1 + (n % 3), texts: title(key), question: showIf ? { ...spec, showIf } : spec };
  };
  const indicator = (key: string, order: number): MethodologyNode => {
    const subs: MethodologyNode[] = [0, 1].map((s) => ({
      kind: 'sub_indicator',
      key: `${key}.s${s}`,
      order: s,
      weight: 1 + s,
      texts: title(key),
      children: s === 0 ? [question(`${key}.s${s}.q0`, 0), question(`${key}.s${s}.q1`, 1)] : [question(`${key}.s${s}.q0`, 0)],
    }));
    // a follow-up asked only when the first question of the indicator is fully in place
    const first = subs[0]?.kind === 'question' ? undefined : subs[0]?.children[0];
    const follow = question(`${key}.follow`, 2, first ? { op: 'in', question: first.key, values: [true, 'in_place', 'o3'] } : undefined);
    return { kind: 'indicator', key, order, weight: 1 + (order % 2), texts: title(key), children: [...subs, follow] };
  };
  const pillars = ['legal', 'technical', 'organizational', 'capacity', 'cooperation'].map((p, i) => ({
    kind: 'pillar' as const,
    key: p,
    order: i,
    weight: 1,
    texts: title(p),
    children: Array.from({ length: indicators }, (_, k) => indicator(`${p}.i${k}`, k)),
  }));
  return {
    key: 'synthetic',
    name: { en: 'Synthetic' },
    edition: 2024,
    pillarMax: 20,
    aggregation: 'arithmetic',
    missingPolicy: 'zero',
    thresholds: GCI_2024_TIERS,
    pillars,
  };
}

function answerFor(spec: QuestionSpec, level: number, rng: Prng): AnswerValue {
  const good = rng() < level;
  switch (spec.type) {
    case 'yes_no':
      return good;
    case 'status':
      return good ? 'in_place' : rng() < level ? 'partial' : 'absent';
    case 'single_choice':
      return good ? 'o3' : `o${Math.floor(rng() * 3 * level)}`;
    case 'multi_choice':
      return good ? ['o1', 'o3'] : rng() < level ? ['o1'] : [];
    case 'number':
      return good ? 10 + Math.round(rng() * 2) : Math.round(level * 10 * rng());
    case 'text':
      return null;
  }
}

/**
 * 194 countries (codes AAA, AAB, …) whose capacity levels spread them across the tiers roughly
 * as in GCI 2024 (about 39/32/59/48/16 countries in tiers 1–5); 3 % of answers missing.
 */
export function syntheticAnswers(methodology: Methodology, countries = 194, seed = 2024): AnswersByCountry {
  const rng = createPrng(seed);
  const questions: QuestionNode[] = [];
  const walk = (n: MethodologyNode): void => void (n.kind === 'question' ? questions.push(n) : n.children.forEach(walk));
  methodology.pillars.forEach(walk);
  const out: AnswersByCountry = {};
  for (let c = 0; c < countries; c++) {
    const code = [676, 26, 1].map((d) => String.fromCharCode(65 + (Math.floor(c / d) % 26))).join('');
    const level = Math.min(1, 1.1 * Math.pow(rng(), 0.65));
    const answers: Answers = {};
    for (const q of questions) if (rng() > 0.03) answers[q.key] = answerFor(q.question, level, rng);
    out[code] = answers;
  }
  return out;
}

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function benchRescore(m: Methodology, answers: AnswersByCountry): void {
  const whatIf = createWhatIf(m, answers);
  const rng = createPrng(7);
  const keys = whatIf.compiled.entries.map((e) => e.node.key);
  const samples: number[] = [];
  for (let run = 0; run < 300; run++) {
    const weights = Object.fromEntries(keys.filter(() => rng() < 0.2).map((k) => [k, 0.5 + rng() * 2]));
    samples.push(time(() => whatIf.rescore({ weights }))[1]);
  }
  const full = Array.from({ length: 20 }, () => time(() => Object.values(answers).map((a) => scoreAssessment(m, a)))[1]);
  console.log(`rescore 194 countries under new weights: median ${median(samples).toFixed(2)} ms over ${samples.length} runs (target < 16 ms)`);
  console.log(`  for comparison, scoreAssessment with full traces for 194 countries: median ${median(full).toFixed(2)} ms`);
}

/** Wall and CPU milliseconds of one call (CPU time shows the cost when other processes share the machine). */
function timeCpu<T>(fn: () => T): { result: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const [result, wall] = time(fn);
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

function benchStability(m: Methodology, answers: AnswersByCountry): void {
  const draws = 10_000;
  const runs = [1, 2, 3].map((seed) =>
    timeCpu(() => {
      const run = createStabilityRun(m, answers, { draws, seed });
      while (run.done < run.total) run.step(500);
      return run.result();
    }),
  );
  const fast = median(runs.map((r) => r.wall));
  const baselineDraws = 50;
  const base = timeCpu(() => tierStabilityBaseline(m, answers, { draws: baselineDraws, seed: 1 }));
  const baseExtrapolated = (base.wall * draws) / baselineDraws;
  const unsure = runs[0]!.result.countries.filter((c) => (c.tiers.find((t) => t.tier === c.nominalTier)?.probability ?? 0) < 0.95).length;
  console.log(
    `tier stability ${draws} draws × 194 countries, ±25 %: median ${fast.toFixed(0)} ms wall of 3 runs (CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms; target < 1000 ms)`,
  );
  console.log(`  countries whose nominal tier has a probability below 95 %: ${unsure}`);
  console.log(`  baseline (copy the version, scoreAssessment per country per draw): ${base.wall.toFixed(0)} ms for ${baselineDraws} draws;`);
  console.log(
    `  extrapolated to ${draws} draws: ${(baseExtrapolated / 1000).toFixed(1)} s (it is too slow to run in full) → speed-up ${(baseExtrapolated / fast).toFixed(0)}×`,
  );
}

function benchDistance(m: Methodology, answers: AnswersByCountry): void {
  const { result, wall } = timeCpu(() => Object.values(answers).map((a) => distanceToNextTier(m, a)));
  const steps = result.filter((d) => d.reachable).map((d) => d.steps.length);
  console.log(`distance to the next tier for 194 countries: ${wall.toFixed(0)} ms (median list length ${median(steps)} questions)`);
}

/** Prints the scoring benchmark figures (called by tools/bench/run-all.ts, or run this file directly). */
export function runScoringBench(): void {
  const m = syntheticMethodology();
  const answers = syntheticAnswers(m);
  const sample = Object.values(answers).map((a) => scoreAssessment(m, a));
  const tiers = GCI_2024_TIERS.map((t) => `${t.tier}:${sample.filter((s) => s.tier === t.tier).length}`).join(' ');
  console.log(`synthetic data: ${Object.keys(answers).length} countries, ${sample[0]?.questions.length} questions; countries per tier ${tiers}`);
  console.log(`machine load average (1 min): ${loadavg()[0]?.toFixed(2)}; timings are wall-clock unless marked CPU`);
  benchRescore(m, answers);
  benchStability(m, answers);
  benchDistance(m, answers);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runScoringBench();
