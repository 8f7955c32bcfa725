import { isScored, questionsByKey, scoreAssessment, type Answers, type AnswerValue, type Methodology, type PublishedCountry } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import * as repo from './public.repository.ts';
import type { PublicationView } from './publication-view.ts';

/** The answers behind a publication, only for countries whose answers re-score to exactly what was published. */
export interface PublishedAnswers {
  /** by code */
  byCountry: Map<string, Answers>;
  /** countries whose stored answers no longer reproduce the publication */
  unverified: string[];
}

/**
 * Keys of the answers that take part in scoring: every scored question, and any question a skip
 * condition reads (it decides what is visible). Free text that gates nothing is never published.
 */
export function scoringKeys(methodology: Methodology): Set<string> {
  const questions = questionsByKey(methodology);
  const keys = new Set<string>();
  for (const { node } of questions.values()) {
    if (isScored(node.question)) keys.add(node.key);
    if (node.question.showIf) keys.add(node.question.showIf.question);
  }
  return keys;
}

/** Whether answers re-score with the shared engine to exactly the published figures (no tolerance). */
export function reproduces(methodology: Methodology, published: PublishedCountry, answers: Answers): boolean {
  const score = scoreAssessment(methodology, answers);
  return (
    score.overall === published.overall &&
    score.tier === published.tier &&
    score.coverage === published.coverage &&
    score.pillars.length === published.pillars.length &&
    score.pillars.every((p, i) => {
      const q = published.pillars[i];
      return q !== undefined && p.key === q.key && p.score === q.score && p.tier === q.tier;
    })
  );
}

function collect(rows: readonly { iso3: string; questionKey: string; value: unknown }[], keys: Set<string>): Map<string, Answers> {
  const out = new Map<string, Answers>();
  for (const row of rows) {
    if (!keys.has(row.questionKey)) continue;
    const answers = out.get(row.iso3) ?? {};
    out.set(row.iso3, answers);
    if (row.value === null || row.value === undefined) delete answers[row.questionKey];
    else answers[row.questionKey] = row.value as AnswerValue;
  }
  return out;
}

/**
 * Reads the answers of a published cycle and keeps, per country, the ones that reproduce the
 * snapshot: the answers stored now, or failing that the answers as recorded in their history at
 * the moment of publication (a correction made after publishing changes the first, never the second).
 */
export async function loadPublishedAnswers(db: Db, view: PublicationView): Promise<PublishedAnswers> {
  const keys = scoringKeys(view.methodology);
  const current = collect(await repo.listCycleAnswers(db, view.cycleId), keys);
  const byCountry = new Map<string, Answers>();
  const retry: string[] = [];
  for (const c of view.countries) {
    const answers = current.get(c.iso3) ?? {};
    if (reproduces(view.methodology, c, answers)) byCountry.set(c.iso3, answers);
    else retry.push(c.iso3);
  }
  const history = await repo.listAnswerHistoryUntil(db, view.cycleId, retry, view.publishedAt);
  const asPublished = collect(
    history.map((h) => ({ iso3: h.iso3, questionKey: h.questionKey, value: h.after })),
    keys,
  );
  const unverified: string[] = [];
  for (const iso3 of retry) {
    const answers = asPublished.get(iso3) ?? {};
    if (reproduces(view.methodology, view.byIso.get(iso3)!, answers)) byCountry.set(iso3, answers);
    else unverified.push(iso3);
  }
  return { byCountry: new Map([...byCountry].sort(([a], [b]) => a.localeCompare(b))), unverified };
}
