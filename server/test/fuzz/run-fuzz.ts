import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/database.ts';
import { dbDigest } from '../db-digest.ts';
import { checkedResponses, takeViolations } from '../response-conformance.ts';
import { createIdPool, harvestIds, type IdPool } from './id-pool.ts';
import { invalidValue, valid, type GenContext, type JsonSchema } from './schema-arbitrary.ts';
import type { FuzzWorld, Principal } from './fuzz-world.ts';

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** the document's request examples: valid bodies the generator would rarely hit (a whole cycle, a methodology) */
  examples: unknown[];
  /** answers 201: a route that creates something whose id later requests can use */
  creates: boolean;
  multipart: boolean;
}

// Requests that would end the fuzzer's own sessions or lock its accounts; covered by their own tests.
const SKIP = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/mfa/setup',
  'POST /api/auth/mfa/confirm',
  'PATCH /api/users/{userId}',
]);
// Rows a refused request may legitimately add: the failed login it records, a session's last-seen time.
const DIGEST_EXCLUDED = new Set(['login_attempts', 'sessions']);
// Refusals that are audited on purpose: a failed sign-in or second factor of an existing account.
const AUDITED_REFUSALS = new Set(['POST /api/auth/login', 'POST /api/auth/mfa/verify']);

type Mutation = 'none' | 'extra_field' | 'drop_required' | 'wrong_type' | 'bad_json' | 'wrong_content_type' | 'bad_path' | 'junk_query';

interface GeneratedRequest {
  op: Operation;
  principal: Principal;
  mutation: Mutation;
  /** true when the mutation makes the request certainly invalid */
  mustFail: boolean;
  /** the path parameters as generated, put into the path when the request is sent */
  pathValues: Record<string, unknown>;
  /** per path parameter: take an id from an earlier response when there is one (and which) */
  reuse: { use: boolean; pick: number }[];
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  withCsrf: boolean;
}

export interface FuzzStats {
  requests: number;
  passedValidation: number;
  /** requests with a path parameter taken from an earlier response (an id a create route returned) */
  usedEarlierIds: number;
  /** of those, how many the server answered with a 2xx */
  usedEarlierIdsOk: number;
  /** ids collected from 2xx responses, by the path parameter they fill */
  harvested: Record<string, number>;
  /** replies checked against the OpenAPI document (status, media type, body) */
  conformanceChecked: number;
  byStatus: Record<string, number>;
  failures: string[];
}

function operations(doc: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: unknown[];
        requestBody?: { content?: Record<string, { schema: JsonSchema; examples?: Record<string, { value: unknown }> }> };
        responses?: Record<string, unknown>;
      }
    >
  >;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      if (SKIP.has(`${upper} ${path}`) || upper === 'HEAD') continue;
      const params = ((op.parameters ?? []) as Operation['params']).filter((p) => p.in !== 'header' || p.name === 'idempotency-key');
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      ops.push({
        method: upper,
        path,
        params,
        body: json?.schema,
        examples: Object.values(json?.examples ?? {}).map((e) => e.value),
        creates: '201' in (op.responses ?? {}),
        multipart: 'multipart/form-data' in content,
      });
    }
  }
  return ops;
}

function wrongTypeOf(schema: JsonSchema | undefined): unknown {
  const type = Array.isArray(schema?.type) ? undefined : schema?.type;
  switch (type) {
    case 'string':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'maybe';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return undefined;
  }
}

function requestArb(op: Operation, ctx: GenContext): fc.Arbitrary<GeneratedRequest> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const record = (ps: Operation['params']) =>
    fc.record(Object.fromEntries(ps.map((p) => [p.name, valid(p.schema, ctx, p.name)])), { requiredKeys: ps.filter((p) => p.required).map((p) => p.name) });
  const mutations: Mutation[] = ['none', 'none', 'none', 'bad_path', 'junk_query'];
  if (op.body) mutations.push('none', 'extra_field', 'drop_required', 'wrong_type', 'bad_json', 'wrong_content_type');
  return fc
    .record({
      principal: fc.constantFrom<Principal>('anonymous', 'focal_point', 'other_focal_point', 'reviewer', 'analyst', 'admin'),
      mutation: fc.constantFrom(...mutations),
      pathValues: record(pathParams),
      query: record(queryParams),
      body: !op.body
        ? fc.constant(undefined)
        : op.examples.length
          ? fc.oneof(valid(op.body, ctx, 'body'), fc.constantFrom(...op.examples))
          : valid(op.body, ctx, 'body'),
      junk: invalidValue,
      withCsrf: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
      idem: fc.uuid(),
      reuse: fc.array(fc.record({ use: fc.integer({ min: 0, max: 9 }).map((n) => n < 7), pick: fc.nat() }), {
        minLength: pathParams.length,
        maxLength: pathParams.length,
      }),
    })
    .map(({ principal, mutation, pathValues, query, body, junk, withCsrf, idem, reuse }) => {
      let mustFail = mutation === 'bad_path' && pathParams.length > 0;
      const q: Record<string, unknown> = { ...query };
      if (mutation === 'junk_query') {
        // an unknown query key may be refused (strict schemas) or ignored (public routes, for CDN
        // cache-busting): either is fine, as long as the answer is clear and nothing breaks
        q.__proto__x = typeof junk === 'string' ? junk.slice(0, 200) : 'x';
      }
      let b: unknown = body;
      const schema = op.body?.$ref ? ctx.resolve(op.body.$ref) : op.body;
      if (mutation === 'extra_field' && b && typeof b === 'object' && !Array.isArray(b) && schema?.additionalProperties === false) {
        b = { ...b, unexpectedField: junk };
        mustFail = true;
      }
      if (mutation === 'drop_required' && b && typeof b === 'object' && schema?.required?.length) {
        const copy = { ...(b as Record<string, unknown>) };
        delete copy[schema.required[0]!];
        b = copy;
        mustFail = true;
      }
      if (mutation === 'wrong_type' && schema?.properties) {
        const [name, prop] = Object.entries(schema.properties)[0] ?? [];
        const wrong = wrongTypeOf(prop?.$ref ? ctx.resolve(prop.$ref) : prop);
        if (name && wrong !== undefined && !prop?.anyOf) {
          b = { ...(b as object), [name]: wrong };
          mustFail = true;
        }
      }
      if (mutation === 'bad_json' || mutation === 'wrong_content_type') mustFail = true;
      const headers: Record<string, unknown> = {};
      if (op.params.some((p) => p.name === 'idempotency-key')) headers['idempotency-key'] = `fuzz-${idem}`;
      return { op, principal, mutation, mustFail, pathValues, reuse, query: q, headers, body: b, withCsrf };
    });
}

/**
 * The request's path: each parameter as generated, or (most of the time, once there is one) an id
 * an earlier response returned for a parameter of that name, so that what the fuzz created is then
 * read, changed, commented on, resolved, published…
 */
function pathOf(r: GeneratedRequest, pool: IdPool): { path: string; usedEarlier: boolean } {
  let path = r.op.path;
  let usedEarlier = false;
  r.op.params
    .filter((p) => p.in === 'path')
    .forEach((p, i) => {
      let value = String(r.pathValues[p.name]);
      const earlier = pool.get(p.name);
      if (r.mutation === 'bad_path') value = '..%2F..%2Fetc%2Fpasswd';
      else if (earlier.length && r.reuse[i]?.use) {
        value = earlier[r.reuse[i].pick % earlier.length]!;
        usedEarlier = true;
      }
      path = path.replace(`{${p.name}}`, encodeURIComponent(value).replaceAll('%252F', '%2F'));
    });
  return { path, usedEarlier };
}

async function send(app: FastifyInstance, world: FuzzWorld, r: GeneratedRequest, path: string) {
  const session = r.principal === 'anonymous' ? null : world.sessions[r.principal];
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers)) headers[k] = String(v);
  if (session) {
    headers.cookie = session.cookie;
    if (r.withCsrf) headers['x-csrf-token'] = session.csrf;
  }
  const query = Object.fromEntries(
    Object.entries(r.query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)]),
  );
  let payload: string | undefined;
  if (r.op.body || r.op.multipart) {
    if (r.mutation === 'bad_json') {
      headers['content-type'] = 'application/json';
      payload = '{"value": tru';
    } else if (r.mutation === 'wrong_content_type') {
      headers['content-type'] = 'text/plain';
      payload = 'value=true';
    } else if (r.op.multipart) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify({ file: 'not a file' });
    } else {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(r.body ?? null);
    }
  }
  return app.inject({ method: r.op.method as 'GET', url: path, query, headers, payload });
}

/**
 * Sends `count` generated requests (schema-valid ones with edge values, and invalid ones) to every
 * route as every kind of caller, and checks: no 5xx, no 2xx for a certainly invalid request, every
 * 4xx has `{ code, message }`, and a refused request leaves every table unchanged.
 */
export async function runFuzz(
  app: FastifyInstance,
  db: Db,
  world: FuzzWorld,
  { count, seed = 42, checkDigest = true }: { count: number; seed?: number; checkDigest?: boolean },
): Promise<FuzzStats> {
  const doc = app.swagger() as unknown as Parameters<typeof operations>[0] & { components?: { schemas?: Record<string, JsonSchema> } };
  const ops = operations(doc);
  const ctx: GenContext = {
    resolve: (ref) => doc.components?.schemas?.[ref.split('/').pop()!] ?? {},
    known: { uuids: world.uuids, questionKeys: world.questionKeys, iso3: world.iso3, years: world.years },
  };
  const samples = fc.sample(
    // creating routes three times as often: what they make is what the later requests use
    fc.constantFrom(...ops.flatMap((op) => (op.creates ? [op, op, op] : [op]))).chain((op) => requestArb(op, ctx)),
    { numRuns: count, seed },
  );
  const stats: FuzzStats = {
    requests: 0,
    passedValidation: 0,
    usedEarlierIds: 0,
    usedEarlierIdsOk: 0,
    harvested: {},
    conformanceChecked: 0,
    byStatus: {},
    failures: [],
  };
  const pool = createIdPool(ops.flatMap((op) => op.params.filter((p) => p.in === 'path').map((p) => p.name)));
  const checkedSoFar = () => [...checkedResponses().values()].reduce((a, b) => a + b, 0);
  const checkedAtStart = checkedSoFar();
  takeViolations(); // what came before the fuzz is not its to report
  const digest = async () => Object.fromEntries(Object.entries(await dbDigest(db)).filter(([t]) => !DIGEST_EXCLUDED.has(t)));
  let before = checkDigest ? await digest() : {};
  for (const r of samples) {
    const { path, usedEarlier } = pathOf(r, pool);
    if (process.env.GCI_FUZZ_TRACE) console.log(`→ ${r.op.method} ${path} as ${r.principal} (${r.mutation})${usedEarlier ? ' [earlier id]' : ''}`);
    const res = await send(app, world, r, path);
    stats.requests++;
    stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] ?? 0) + 1;
    if (usedEarlier) {
      stats.usedEarlierIds++;
      if (res.statusCode < 300) stats.usedEarlierIdsOk++;
    }
    const label = `${r.op.method} ${path} as ${r.principal} (${r.mutation}) → ${res.statusCode} ${res.body.slice(0, 200)}`;
    for (const v of takeViolations()) stats.failures.push(`does not match the OpenAPI document (${v.operation} ${v.status}: ${v.problem}): ${label}`);
    let body: { code?: unknown; message?: unknown; field?: unknown } = {};
    try {
      body = res.body ? JSON.parse(res.body) : {};
    } catch {
      // not JSON: checked below
    }
    if (!(res.statusCode === 400 && body.code === 'validation_failed')) stats.passedValidation++;
    if (res.statusCode >= 200 && res.statusCode < 300 && r.op.method !== 'GET') harvestIds(pool, r.op.path, body);
    if (res.statusCode >= 500) stats.failures.push(`5xx: ${label}`);
    if (r.mustFail && res.statusCode < 400) stats.failures.push(`accepted an invalid request: ${label}`);
    if (res.statusCode >= 400 && res.statusCode < 500 && (typeof body.code !== 'string' || typeof body.message !== 'string'))
      stats.failures.push(`4xx without { code, message }: ${label}`);
    if (checkDigest) {
      const after = await digest();
      if (res.statusCode >= 400) {
        // a wrong password or code (401), or a wrong recovery code (400 on its field): audited, and counted
        // against the account (users' second-factor failures), so that guessing is slowed down
        const guessed = res.statusCode === 401 || (res.statusCode === 400 && body.field === 'body.recoveryCode');
        const audited = AUDITED_REFUSALS.has(`${r.op.method} ${r.op.path}`) && guessed;
        const changed = Object.keys(after).filter((t) => after[t] !== before[t] && !(audited && (t === 'audit_log' || t === 'users')));
        if (changed.length) stats.failures.push(`refused request changed ${changed.join(', ')}: ${label}`);
      }
      before = after;
    }
  }
  stats.conformanceChecked = checkedSoFar() - checkedAtStart;
  stats.harvested = pool.sizes();
  // every reply of a route with a contract is checked: far fewer means the app was built without the check
  if (stats.conformanceChecked < 0.9 * stats.requests)
    stats.failures.push(
      `only ${stats.conformanceChecked} of ${stats.requests} replies were checked against the OpenAPI document: build the app with TEST_INSTRUMENTS`,
    );
  return stats;
}

export function formatStats(stats: FuzzStats): string {
  const share = ((100 * stats.passedValidation) / Math.max(1, stats.requests)).toFixed(1);
  const statuses = Object.entries(stats.byStatus)
    .sort()
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  const harvested = Object.entries(stats.harvested)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  return (
    `${stats.requests} requests, ${share} % passed validation; by status: ${statuses}; ` +
    `${stats.usedEarlierIds} used an id from an earlier response (${stats.usedEarlierIdsOk} of them answered 2xx; ids collected: ${harvested || 'none'}); ` +
    `${stats.conformanceChecked} replies checked against the OpenAPI document; ${stats.failures.length} failures`
  );
}
