import { z } from 'zod';
import { API_TAGS, isMultipart, type AnyRoute, type ResponseContent } from '@gci/shared';

/**
 * The OpenAPI 3.1 document, generated from the route contracts and nothing else: every schema
 * comes from zod (JSON Schema 2020-12), named schemas and every route's own bodies are components,
 * and each operation carries its id, tag, access and every status it can answer.
 */

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export interface OpenApiOptions {
  title: string;
  version: string;
  description: string;
  /** schemas to name in `components.schemas` wherever they appear (recursive ones must be named) */
  named: ReadonlyMap<z.ZodType, string>;
}

const REF = '#/components/schemas/';
/** ids of schemas that are inlined where used, never kept as components (parameters) */
const INLINE = '~';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Collects the schemas of one direction (requests are inputs, responses outputs) under their names. */
class SchemaSet {
  private readonly registry = z.registry<{ id: string }>();
  /** the id of each schema met so far, and the route that named it (none for named schemas) */
  private readonly ids = new Map<z.ZodType, { id: string; owner?: string }>();

  constructor(
    readonly io: Io,
    named: ReadonlyMap<z.ZodType, string>,
  ) {
    for (const [schema, name] of named) this.add(schema, this.suffix(name));
  }

  private suffix(name: string): string {
    return this.io === 'input' ? `${name}Input` : name;
  }

  private add(schema: z.ZodType, id: string, owner?: string): string {
    this.registry.add(schema, { id });
    this.ids.set(schema, { id, owner });
    return id;
  }

  /** A `$ref` to the schema: its name if it is named, else `name`, one of the route `owner`'s bodies. */
  ref(schema: z.ZodType, name: string, owner: string): JsonSchema {
    const existing = this.ids.get(schema);
    if (existing?.owner !== undefined && existing.owner !== owner) {
      throw new Error(`${owner}: its schema is also ${existing.id} of ${existing.owner}; name it in the API components so both refer to one name`);
    }
    return { $ref: REF + (existing?.id ?? this.add(schema, name, owner)) };
  }

  /** A placeholder for a schema inlined where it is used (a parameter's). */
  inline(schema: z.ZodType): JsonSchema {
    return { $ref: REF + (this.ids.get(schema)?.id ?? this.add(schema, `${INLINE}${this.ids.size}`, INLINE)) };
  }

  convert(): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.registry, {
      target: 'draft-2020-12',
      io: this.io,
      uri: (id) => REF + id,
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
    });
    const out: Record<string, JsonSchema> = {};
    for (const [id, schema] of Object.entries(schemas)) {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      out[id] = rest;
    }
    return out;
  }
}

/** Replaces refs to inlined ids by their schema, everywhere in `value`. */
function inlineRefs(value: unknown, schemas: Record<string, JsonSchema>): unknown {
  if (Array.isArray(value)) return value.map((v) => inlineRefs(v, schemas));
  if (value === null || typeof value !== 'object') return value;
  const object = value as JsonSchema;
  const ref = object.$ref;
  if (typeof ref === 'string' && ref.startsWith(REF + INLINE)) {
    const { $ref: _ref, ...rest } = object;
    return { ...(inlineRefs(schemas[ref.slice(REF.length)], schemas) as JsonSchema), ...rest };
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, inlineRefs(v, schemas)]));
}

/** Renames refs by `rename` everywhere in `value`. */
function renameRefs(value: unknown, rename: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith(REF) ? REF + rename(v.slice(REF.length)) : renameRefs(v, rename),
    ]),
  );
}

/**
 * Keeps one component where a schema reads the same as input and as output (most do): `XInput` is
 * dropped for `X` when the two are equal, assuming every pair equal until shown otherwise so that
 * recursive schemas compare too.
 */
function mergeInputs(components: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const same = new Set(Object.keys(components).filter((id) => id.endsWith('Input') && id.slice(0, -5) in components));
  const rename = (id: string) => (same.has(id) ? id.slice(0, -5) : id);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of same) {
      if (JSON.stringify(renameRefs(components[id], rename)) !== JSON.stringify(components[id.slice(0, -5)])) {
        same.delete(id);
        changed = true;
      }
    }
  }
  const merged: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(components)) if (!same.has(id)) merged[id] = renameRefs(schema, rename) as JsonSchema;
  return merged;
}

/** Drops components that nothing refers to (a named schema no route uses in that direction). */
function pruneUnused(doc: OpenApiDocument): void {
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
        const id = v.slice(REF.length);
        if (!used.has(id)) {
          used.add(id);
          visit(doc.components.schemas[id]);
        }
      } else visit(v);
    }
  };
  visit(doc.paths);
  for (const id of Object.keys(doc.components.schemas)) if (!used.has(id)) delete doc.components.schemas[id];
}

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } };

function responseObject(content: ResponseContent, status: number, name: string, owner: string, outputs: SchemaSet): JsonSchema {
  const retry = status === 429 || status === 503 ? { headers: RETRY_AFTER } : {};
  switch (content.kind) {
    case 'json':
      return {
        description: content.description ?? (status < 300 ? 'Success' : 'Error'),
        ...retry,
        content: { 'application/json': { schema: outputs.ref(content.schema, name, owner) } },
      };
    case 'empty':
      return { description: content.description, ...retry };
    case 'text':
      return { description: content.description, content: { [content.mediaType]: { schema: { type: 'string' } } } };
    case 'file':
      return { description: content.description, content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } };
  }
}

function describeAccess(access: AnyRoute['access']): string {
  if (access === 'public') return 'Open to everyone.';
  if (access === 'pending') return 'Needs a session, even one that still owes its second factor.';
  if (access === 'verified') return 'Needs a session past its second factor, even one that must still change its password.';
  if (access === 'signed_in') return 'Needs a fully signed-in session.';
  return `Needs a fully signed-in session with the role ${access.join(', ')}.`;
}

function operationOf(route: AnyRoute, inputs: SchemaSet, outputs: SchemaSet): JsonSchema {
  const name = pascal(route.id);
  const parameters: JsonSchema[] = [];
  const locations = [
    ['path', route.params],
    ['query', route.query],
    ['header', route.headers],
  ] as const;
  for (const [location, object] of locations) {
    if (!object) continue;
    for (const [key, schema] of Object.entries<z.ZodType>(object.shape)) {
      const optional = location !== 'path' && schema.safeParse(undefined).success;
      parameters.push({
        name: key,
        in: location,
        required: !optional,
        schema: inputs.inline(schema),
        ...(schema.description ? { description: schema.description } : {}),
      });
    }
  }

  let requestBody: JsonSchema | undefined;
  if (isMultipart(route.body)) {
    const fields = inputs.ref(route.body.fields, `${name}Fields`, route.id);
    requestBody = {
      required: true,
      description: route.body.description,
      content: {
        'multipart/form-data': {
          schema: {
            allOf: [
              fields,
              {
                type: 'object',
                properties: { [route.body.file]: { type: 'string', contentMediaType: 'application/octet-stream' } },
                required: [route.body.file],
              },
            ],
          },
        },
      },
    };
  } else if (route.body) {
    const examples = route.examples ? Object.fromEntries(Object.entries(route.examples).map(([k, value]) => [k, { value }])) : undefined;
    requestBody = {
      required: true,
      content: { 'application/json': { schema: inputs.ref(route.body, `${name}Request`, route.id), ...(examples ? { examples } : {}) } },
    };
  }

  const responses: Record<string, JsonSchema> = {};
  for (const [status, content] of Object.entries(route.responses)) {
    const code = Number(status);
    const responseName = code === route.successStatus ? `${name}Response` : `${name}Response${code}`;
    responses[status] = responseObject(content, code, responseName, route.id, outputs);
  }

  const write = route.method !== 'GET';
  return {
    operationId: route.id,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, describeAccess(route.access)].filter(Boolean).join('\n\n'),
    'x-access': route.access,
    security: route.access === 'public' ? [] : [write ? { session: [], csrf: [] } : { session: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

export function buildOpenApiDocument(routes: readonly AnyRoute[], options: OpenApiOptions): OpenApiDocument {
  const inputs = new SchemaSet('input', options.named);
  const outputs = new SchemaSet('output', options.named);
  const paths: OpenApiDocument['paths'] = {};
  const ids = new Set<string>();
  for (const route of routes) {
    if (ids.has(route.id)) throw new Error(`Two routes have the operationId ${route.id}`);
    ids.add(route.id);
    (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operationOf(route, inputs, outputs);
  }
  const inputSchemas = inputs.convert();
  const all = { ...outputs.convert(), ...inputSchemas };
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(all)) if (!id.startsWith(INLINE)) components[id] = inlineRefs(schema, inputSchemas) as JsonSchema;
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    paths: inlineRefs(paths, inputSchemas) as OpenApiDocument['paths'],
    components: {
      schemas: mergeInputs(components),
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'gci_session', description: 'The session cookie set by sign-in (`__Host-gci_session` over TLS)' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token', description: "The session's CSRF token, from the sign-in or session response" },
      },
    },
  };
  doc.paths = renameRefs(doc.paths, (id) => (id in doc.components.schemas ? id : id.replace(/Input$/, ''))) as OpenApiDocument['paths'];
  pruneUnused(doc);
  return doc;
}
