import type { FastifyInstance } from 'fastify';
import { isStorableText, STORABLE_TEXT_MESSAGE } from '@gci/shared';
import { badRequest } from '../errors.ts';

/** Deeper JSON than any body of this API holds (a methodology is at most 10 levels of nodes, ~4 JSON levels each). */
export const MAX_JSON_DEPTH = 64;

/** The first string in `value` that is not storable text, as a field path (`body.note`, `query.region`). */
function firstBadText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    if (!isStorableText(key)) return `${path}.${key}`;
    const bad = firstBadText(child, `${path}.${key}`, depth + 1);
    if (bad) return bad;
  }
  return null;
}

function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, 1 + depthOf(child, limit));
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * The door every request's text goes through, whatever its route: a JSON body must be valid UTF-8
 * (not silently turned into U+FFFD) and not absurdly deep (a recursive schema would exhaust the
 * stack), and no parameter, filter or body string may hold control characters or unpaired
 * surrogates. Each refusal is a 400 naming the field, before any handler runs, so nothing is written.
 */
export function registerInputGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      done(badRequest('body: the request is not valid UTF-8', 'body'), undefined);
      return;
    }
    void parseJson(request, text, (error, parsed) => {
      if (error) return done(error, undefined);
      if (depthOf(parsed, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return done(badRequest(`body: nested more than ${MAX_JSON_DEPTH} levels deep`, 'body'), undefined);
      done(null, parsed);
    });
  });

  app.addHook('preValidation', (request, _reply, done) => {
    const contract = request.routeOptions.config.contract;
    if (!contract) return done();
    // only the inputs a route reads: a query string on a route that takes none is ignored, as Fastify ignores it
    const bad =
      (contract.params ? firstBadText(request.params, 'params') : null) ??
      (contract.query ? firstBadText(request.query, 'query') : null) ??
      // a multipart body is read by its route (its fields are checked there, its file is bytes)
      (String(request.headers['content-type'] ?? '').startsWith('multipart/') ? null : firstBadText(request.body, 'body'));
    done(bad ? badRequest(`${bad}: ${STORABLE_TEXT_MESSAGE}`, bad) : undefined);
  });
}
