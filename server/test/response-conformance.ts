import type { FastifyInstance } from 'fastify';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Checks every response a test app sends against the OpenAPI document the app serves: the status
 * is documented for the route, the content type is the documented one, and a JSON body validates
 * against the documented schema. Drift between a handler, its contract and the document therefore
 * fails the test that produced it (see `conformance-setup.ts`), wherever in the suite it happens.
 */

const STATE = Symbol.for('gci.test.responseConformance');

export interface Violation {
  operation: string;
  status: number;
  problem: string;
}

interface State {
  violations: Violation[];
  seen: Map<string, number>;
}
// Kept on globalThis: a test file that reloads the server's modules (vi.resetModules) gets a second copy
// of this module, and its responses must still reach the setup file's checks.
const holder = globalThis as { [STATE]?: State };
const state: State = (holder[STATE] ??= { violations: [], seen: new Map() });
const { violations, seen } = state;

/** The violations recorded since the last call. */
export const takeViolations = (): Violation[] => violations.splice(0);
/** How many responses were checked since the last take, by `operationId status`. */
export const checkedResponses = (): ReadonlyMap<string, number> => seen;
/** The same, emptied: each test file reports its own (files share a worker's modules). */
export const takeCheckedResponses = (): Map<string, number> => {
  const taken = new Map(seen);
  seen.clear();
  return taken;
};

type Doc = { paths: Record<string, Record<string, Operation>>; components: unknown };
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const DOC_ID = 'https://gci.invalid/openapi.json';
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
const mediaTypeOf = (header: string | number | string[] | undefined) =>
  String(header ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();

function validatorsOf(doc: Doc) {
  // Components are compiled once and referred to, not inlined into every response that uses them.
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true, inlineRefs: false });
  addFormats.default(ajv);
  ajv.addSchema(doc, DOC_ID);
  const compiled = new Map<string, ValidateFunction>();
  return (path: string, method: string, status: string, mediaType: string): ValidateFunction => {
    const schema = doc.paths[path]?.[method]?.responses[status]?.content?.[mediaType]?.schema as { $ref?: unknown } | undefined;
    // A response that is a named component (the error body of every route, mostly) shares one validator.
    const ref =
      typeof schema?.$ref === 'string' && Object.keys(schema).length === 1
        ? `${DOC_ID}${schema.$ref}`
        : `${DOC_ID}#/${pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema')}`;
    let validate = compiled.get(ref);
    if (!validate) compiled.set(ref, (validate = ajv.compile({ $ref: ref })));
    return validate;
  };
}

function check(
  doc: Doc,
  validatorFor: ReturnType<typeof validatorsOf>,
  url: string,
  method: string,
  status: number,
  contentType: string | number | string[] | undefined,
  payload: unknown,
): Violation | undefined {
  const path = openApiPath(url);
  const operation = doc.paths[path]?.[method];
  if (!operation) return { operation: `${method.toUpperCase()} ${url}`, status, problem: 'the route is not in the document' };
  const name = operation.operationId;
  seen.set(`${name} ${status}`, (seen.get(`${name} ${status}`) ?? 0) + 1);
  const documented = operation.responses[String(status)];
  if (!documented)
    return { operation: name, status, problem: `status ${status} is not documented (documented: ${Object.keys(operation.responses).join(', ')})` };
  const empty = payload === undefined || payload === null || payload === '' || (Buffer.isBuffer(payload) && payload.length === 0);
  if (!documented.content) return empty ? undefined : { operation: name, status, problem: 'a body was sent where the document says there is none' };
  if (empty) return { operation: name, status, problem: 'no body was sent where the document describes one' };
  const mediaType = mediaTypeOf(contentType);
  const declared = Object.keys(documented.content);
  if (!declared.includes(mediaType) && !declared.includes('*/*'))
    return { operation: name, status, problem: `content type ${mediaType} is not the documented ${declared.join(', ')}` };
  if (mediaType !== 'application/json') return undefined;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return undefined; // a stream: not read here
  const validate = validatorFor(path, method, String(status), 'application/json');
  if (validate(JSON.parse(payload.toString()))) return undefined;
  const error = validate.errors?.[0];
  return {
    operation: name,
    status,
    problem: `the body does not match the document at ${error?.instancePath || '/'}: ${error?.message} ${JSON.stringify(error?.params)}`,
  };
}

/** Adds the check to an app before it is ready. */
export function checkResponsesAgainstDocument(app: FastifyInstance): void {
  let compiled: { doc: Doc; validatorFor: ReturnType<typeof validatorsOf> } | undefined;
  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.routeOptions.url;
    if (!url?.startsWith('/api/') || !request.routeOptions.config.contract || request.method === 'HEAD') return payload;
    if (!compiled) {
      const doc = app.swagger() as unknown as Doc;
      compiled = { doc, validatorFor: validatorsOf(doc) };
    }
    const violation = check(compiled.doc, compiled.validatorFor, url, request.method.toLowerCase(), reply.statusCode, reply.getHeader('content-type'), payload);
    if (violation) violations.push(violation);
    return payload;
  });
}
