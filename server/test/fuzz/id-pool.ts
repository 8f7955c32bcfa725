/**
 * Ids (and years, country codes, question keys) the fuzz got back from the API, by the path
 * parameter they can fill: a thread opened by `POST /api/assessments/{assessmentId}/threads` is
 * then commented on and resolved through `/api/threads/{threadId}/…`, a draft created by
 * `POST /api/methodologies` is read, edited, diffed and published through `{versionId}`.
 */
export interface IdPool {
  /** whether some route of the document has a path parameter by this name */
  accepts(param: string): boolean;
  add(param: string, value: string): void;
  /** the values for a path parameter, oldest first */
  get(param: string): readonly string[];
  sizes(): Record<string, number>;
}

/** An `id` under this key (or created by a route ending in this word) fills this parameter. */
const ID_OF: Record<string, string> = { methodology: 'versionId', version: 'versionId', draft: 'versionId', consultation: 'commentId' };
/** A parameter that takes the values of another. */
const SAME_AS: Record<string, string> = { otherId: 'versionId' };
const MAX_PER_PARAM = 200;
const MAX_DEPTH = 4;

const singular = (word: string) => word.replace(/ies$/, 'y').replace(/s$/, '');

export function createIdPool(pathParams: Iterable<string>): IdPool {
  const known = new Set(pathParams);
  const values = new Map<string, string[]>();
  return {
    accepts: (param) => known.has(param),
    add(param, value) {
      const name = SAME_AS[param] ?? param;
      if (!known.has(param) || !value) return;
      const list = values.get(name) ?? [];
      if (!list.includes(value) && list.length < MAX_PER_PARAM) list.push(value);
      values.set(name, list);
    },
    get: (param) => values.get(SAME_AS[param] ?? param) ?? [],
    sizes: () => Object.fromEntries([...values].map(([k, v]) => [k, v.length])),
  };
}

/** The parameter an `id` held under `owner` fills, if the document has one by that name. */
function paramForOwner(owner: string, pool: IdPool): string | undefined {
  const word = singular(owner);
  const param = ID_OF[word] ?? `${word}Id`;
  return pool.accepts(param) ? param : undefined;
}

/** The resource a create route makes: its last static path segment that names a parameter. */
function ownerOfRoute(routePath: string): string[] {
  return routePath
    .split('/')
    .filter((s) => s && s !== 'api' && !s.startsWith('{'))
    .reverse();
}

/**
 * Collects from a successful response's body every value held under a path parameter's name
 * (`assessmentId`, `versionId`, `year`, `iso3`, `questionKey`…) and every `id`, filed under its
 * owner: the key it sits under (`{ user: { id } }` → `userId`), or the route that made it.
 */
export function harvestIds(pool: IdPool, routePath: string, body: unknown): void {
  const visit = (value: unknown, owners: string[], depth: number) => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) visit(item, owners, depth + 1);
      return;
    }
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string' || typeof v === 'number') {
        if (key === 'id' && typeof v === 'string') {
          for (const owner of owners) {
            const param = paramForOwner(owner, pool);
            if (param) {
              pool.add(param, v);
              break;
            }
          }
        } else pool.add(key, String(v));
      } else visit(v, [key], depth + 1);
    }
  };
  visit(body, ownerOfRoute(routePath), 0);
}
