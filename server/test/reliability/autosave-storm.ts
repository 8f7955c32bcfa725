import { randomUUID } from 'node:crypto';
import { questionsByKey, type AnswerValue, type Methodology } from '@gci/shared';
import { buildCountries } from '../../../fixtures/countries.ts';
import { GCI_2024_DEMO } from '../../../fixtures/methodology-gci-2024.ts';
import type { Db } from '../../src/db/database.ts';
import { contentHash } from '../../src/lib/hash.ts';
import { hashPassword } from '../../src/modules/auth/password.ts';
import { insertMethodology } from '../../src/modules/methodology/methodology.repository.ts';
import { requestJson } from './keep-alive-client.ts';

export const STORM_PASSWORD = 'storm-password-123';

export interface StormWorld {
  clients: { email: string; assessmentId: string; country: string }[];
  questions: { key: string; values: AnswerValue[] }[];
}

/** Countries, an open cycle and `perCountry` focal points per country; they share a few questions, so they collide. */
export async function createStormWorld(db: Db, { countries = 20, perCountry = 10, questions = 6 } = {}): Promise<StormWorld> {
  const chosen = buildCountries().slice(0, countries);
  await db
    .insertInto('countries')
    .values(chosen.map((c) => ({ ...c, names: JSON.stringify(c.names) })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  const methodology: Methodology = { ...GCI_2024_DEMO, key: `storm-${randomUUID().slice(0, 8)}` };
  const versionId = await insertMethodology(db, methodology, { status: 'published', contentHash: contentHash(methodology), publishedAt: new Date() });
  const { id: cycleId } = await db
    .insertInto('cycles')
    .values({
      year: 2090,
      name: 'Storm',
      methodologyVersionId: versionId,
      opensAt: new Date('2020-01-01'),
      closesAt: new Date('2099-01-01'),
      validationClosesAt: new Date('2099-02-01'),
      status: 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assessments = await db
    .insertInto('assessments')
    .values(chosen.map((c) => ({ cycleId, countryIso3: c.iso3 })))
    .returning(['id', 'countryIso3'])
    .execute();
  const hash = await hashPassword(STORM_PASSWORD);
  const clients: StormWorld['clients'] = [];
  for (const a of assessments) {
    for (let i = 0; i < perCountry; i++)
      clients.push({ email: `storm${i}.${a.countryIso3.toLowerCase()}@example.org`, assessmentId: a.id, country: a.countryIso3 });
  }
  await db
    .insertInto('users')
    .values(clients.map((c) => ({ email: c.email, name: c.email, role: 'focal_point' as const, countryIso3: c.country, passwordHash: hash })))
    .execute();
  const statusKeys = [...questionsByKey(methodology).values()].filter((q) => q.node.question.type === 'status' && !q.node.question.showIf).slice(0, questions);
  return { clients, questions: statusKeys.map((q) => ({ key: q.node.key, values: ['in_place', 'partial', 'absent'] })) };
}

export interface Ack {
  assessmentId: string;
  questionKey: string;
  version: number;
  value: AnswerValue;
  key: string;
}

export interface StormStats {
  acks: Ack[];
  conflicts: number;
  retries: number;
  serverErrors: number;
  /** 500s: a fault the server did not turn into a clear 503 */
  internalErrors: number;
  latenciesMs: number[];
  /** when each latency sample was taken (performance.now()), to leave out a warm-up */
  latencyAt: number[];
}

export interface StormSession {
  cookie: string;
  csrf: string;
}

async function login(baseUrl: () => string, email: string): Promise<StormSession> {
  for (;;) {
    try {
      const res = await fetch(`${baseUrl()}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: STORM_PASSWORD }),
      });
      if (res.status === 200) {
        const body = (await res.json()) as { csrfToken: string };
        const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
        return { cookie, csrf: body.csrfToken };
      }
    } catch {
      // server or database down: try again
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * One simulated focal point: saves answers in a loop, each save retried with the same
 * Idempotency-Key until the server answers it (2xx or a 409 conflict). Every 2xx is recorded.
 */
async function runClient(
  baseUrl: () => string,
  client: StormWorld['clients'][number],
  world: StormWorld,
  stop: () => boolean,
  stats: StormStats,
  random: () => number,
  pauseMs: number,
  signedIn?: StormSession,
) {
  const session = signedIn ?? (await login(baseUrl, client.email));
  const known = new Map<string, number>();
  // people do not all start typing at the same instant: a first pause, so the clients do not march in step
  await new Promise((r) => setTimeout(r, pauseMs * random()));
  while (!stop()) {
    const q = world.questions[Math.floor(random() * world.questions.length)]!;
    const value = q.values[Math.floor(random() * q.values.length)]!;
    const body = JSON.stringify({ value, baseVersion: known.get(q.key) ?? 0 });
    const key = `storm-${randomUUID()}`;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) stats.retries++;
      const started = performance.now();
      try {
        const res = await requestJson(`${baseUrl()}/api/assessments/${client.assessmentId}/answers/${q.key}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, 'idempotency-key': key },
          body,
          timeoutMs: 15_000,
        });
        const json = res.json as { answer?: { version: number; value: AnswerValue }; details?: { current: { version: number } | null } };
        if (res.status === 200) {
          stats.latenciesMs.push(performance.now() - started);
          stats.latencyAt.push(performance.now());
          stats.acks.push({ assessmentId: client.assessmentId, questionKey: q.key, version: json.answer!.version, value: json.answer!.value, key });
          known.set(q.key, json.answer!.version);
          break;
        }
        if (res.status === 409) {
          stats.conflicts++;
          known.set(q.key, json.details?.current?.version ?? 0);
          break;
        }
        if (res.status < 500) throw new Error(`unexpected ${res.status}: ${JSON.stringify(json)}`);
        // 5xx: the server or the database is down for a moment; retry the same save, same key
        stats.serverErrors++;
        if (res.status === 500) stats.internalErrors++;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('unexpected')) throw error;
      }
      await new Promise((r) => setTimeout(r, 100 + random() * 200));
    }
    // think time between edits, jittered so that clients do not march in step
    await new Promise((r) => setTimeout(r, pauseMs * (0.5 + random())));
  }
}

/** Signs every client in, a few at a time as people arriving would (each sign-in is an argon2id hash). */
export async function signInAll(baseUrl: () => string, world: StormWorld, { parallel = 8 } = {}): Promise<StormSession[]> {
  const sessions: StormSession[] = new Array(world.clients.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < world.clients.length; i = next++) sessions[i] = await login(baseUrl, world.clients[i]!.email);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return sessions;
}

/**
 * Runs every client until `stop()` turns true, then waits for their last save to be answered.
 * `seed`: of the clients' choices, so a run can be repeated.
 * `pauseMs`: mean think time between a client's edits (tests hammer; the benchmark models one edit a second).
 * `sessions` (from `signInAll`): clients already signed in; without them each client signs in first.
 */
export const emptyStormStats = (): StormStats => ({ acks: [], conflicts: 0, retries: 0, serverErrors: 0, internalErrors: 0, latenciesMs: [], latencyAt: [] });

/** Resolves once `ready()` holds, polling every 50 ms; fails after `timeoutMs` with `what` (a condition, never a fixed wait). */
export async function until(ready: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runStorm(
  baseUrl: () => string,
  world: StormWorld,
  stop: () => boolean,
  {
    seed = 1,
    pauseMs = 125,
    sessions,
    stats = emptyStormStats(),
  }: {
    seed?: number;
    pauseMs?: number;
    sessions?: StormSession[];
    /** filled as the storm goes, for a caller that waits on its progress */ stats?: StormStats;
  } = {},
): Promise<StormStats> {
  let s = seed;
  const random = () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31), s / 2 ** 31);
  await Promise.all(world.clients.map((c, i) => runClient(baseUrl, c, world, stop, stats, random, pauseMs, sessions?.[i])));
  return stats;
}

export interface StormCheck {
  acknowledged: number;
  lost: number;
  duplicated: number;
  historyMismatches: number;
}

/**
 * The checker: every acknowledged save is in the history with its value, the stored answer is the
 * latest version, versions run 1..n without gaps, and the history holds exactly one row per
 * acknowledged save (nothing applied twice, nothing applied that was not acknowledged).
 */
export async function checkStorm(db: Db, acks: Ack[]): Promise<StormCheck> {
  const history = await db
    .selectFrom('answerHistory as h')
    .innerJoin('answers as a', 'a.id', 'h.answerId')
    .select(['a.assessmentId', 'a.questionKey', 'h.version', 'h.after', 'a.version as current', 'a.value as currentValue'])
    .execute();
  const byKey = new Map(history.map((h) => [`${h.assessmentId}|${h.questionKey}|${h.version}`, h]));
  let lost = 0;
  for (const ack of acks) {
    const h = byKey.get(`${ack.assessmentId}|${ack.questionKey}|${ack.version}`);
    if (!h || JSON.stringify(h.after) !== JSON.stringify(ack.value)) lost++;
  }
  const uniqueAcks = new Set(acks.map((a) => `${a.assessmentId}|${a.questionKey}|${a.version}`));
  const duplicated = acks.length - uniqueAcks.size + Math.max(0, history.length - uniqueAcks.size);
  let historyMismatches = 0;
  const perAnswer = new Map<string, typeof history>();
  for (const h of history) perAnswer.set(`${h.assessmentId}|${h.questionKey}`, [...(perAnswer.get(`${h.assessmentId}|${h.questionKey}`) ?? []), h]);
  for (const rows of perAnswer.values()) {
    const versions = rows.map((r) => r.version).sort((a, b) => a - b);
    const last = rows.find((r) => r.version === versions.at(-1))!;
    if (versions.some((v, i) => v !== i + 1) || last.current !== versions.at(-1) || JSON.stringify(last.after) !== JSON.stringify(last.currentValue))
      historyMismatches++;
  }
  return { acknowledged: acks.length, lost, duplicated, historyMismatches };
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
};
