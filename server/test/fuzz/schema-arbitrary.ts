import fc from 'fast-check';

/** The subset of JSON Schema 2020-12 (OpenAPI 3.1) that the document holds, as zod emits it. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  $ref?: string;
  default?: unknown;
}

export interface GenContext {
  resolve(ref: string): JsonSchema;
  /** real ids and keys of the world, so that valid requests reach past "not found" often */
  known: { uuids: string[]; questionKeys: string[]; iso3: string[]; years: number[] };
}

const EDGE_STRINGS = ['', ' ', 'é', '中文', 'مرحبا', '\u{1F600}', 'a'.repeat(300)];

function stringArb(s: JsonSchema, ctx: GenContext, name: string): fc.Arbitrary<string> {
  if (s.format === 'uuid' || /^\^\(\?:?\[0-9a-fA-F\]\{8\}/.test(s.pattern ?? '') || /^\^\[0-9a-fA-F\]\{8\}/.test(s.pattern ?? '')) {
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.known.uuids) }, { weight: 1, arbitrary: fc.uuid() });
  }
  if (s.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'email') return fc.oneof(fc.emailAddress(), fc.constantFrom('focal.ken@example.org', 'admin@example.org'));
  if (s.format === 'uri') return fc.oneof(fc.webUrl(), fc.constantFrom('https://example.org/law.pdf'));
  if (/question|key/i.test(name) && ctx.known.questionKeys.length) {
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ctx.known.questionKeys) },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_.]{0,20}$/) },
    );
  }
  if (s.pattern) {
    if (s.pattern === '^[A-Z]{3}$') return fc.oneof(fc.constantFrom(...ctx.known.iso3), fc.stringMatching(/^[A-Z]{3}$/));
    try {
      const re = new RegExp(s.pattern);
      return fc.stringMatching(re).map((v) => v.slice(0, s.maxLength ?? 10_000));
    } catch {
      // a pattern JavaScript cannot read: fall through
    }
  }
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, Math.max(min, 40));
  const plain = fc.string({ minLength: min, maxLength: max });
  // filter the edge cases up front: a filter that can never pass would spin forever
  const edges = EDGE_STRINGS.filter((v) => v.length >= min && v.length <= (s.maxLength ?? 10_000));
  return edges.length ? fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom(...edges) }) : plain;
}

function numberArb(s: JsonSchema, integer: boolean, name: string, ctx: GenContext): fc.Arbitrary<number> {
  const lo = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : (s.minimum ?? -1e6);
  const hi = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : (s.maximum ?? 1e6);
  const min = Math.max(lo, -1e9);
  const max = Math.min(hi, 1e9);
  if (/year|cycle/i.test(name) && ctx.known.years.length)
    return fc.oneof(fc.constantFrom(...ctx.known.years), fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
  if (/version/i.test(name)) return fc.integer({ min: Math.max(0, Math.ceil(min)), max: Math.min(5, Math.floor(max)) });
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values that satisfy the schema (as far as JSON Schema can say). */
export function valid(schema: JsonSchema | undefined, ctx: GenContext, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.$ref) return valid(ctx.resolve(schema.$ref), ctx, name, depth + 1);
  const nullable =
    Array.isArray(schema.type) && schema.type.includes('null')
      ? (a: fc.Arbitrary<unknown>) => fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) })
      : (a: fc.Arbitrary<unknown>) => a;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return nullable(fc.constantFrom(...schema.enum));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return nullable(fc.oneof(...alternatives.map((a) => valid(a, ctx, name, depth + 1))));
  if (schema.allOf) return valid(Object.assign({}, ...schema.allOf), ctx, name, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return nullable(stringArb(schema, ctx, name));
    case 'integer':
      return nullable(numberArb(schema, true, name, ctx));
    case 'number':
      return nullable(numberArb(schema, false, name, ctx));
    case 'boolean':
      return nullable(fc.boolean());
    case 'null':
      return fc.constant(null);
    case 'array':
      return nullable(fc.array(valid(schema.items, ctx, name, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) }));
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, prop] of Object.entries(props)) record[key] = valid(prop, ctx, key, depth + 1);
      return nullable(fc.record(record, { requiredKeys: [...required].filter((k) => k in props) }));
    }
    default:
      // `{}` (any JSON): answer values and the like
      return fc.oneof(
        fc.boolean(),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('in_place', 'partial', 'absent', 'national'),
        fc.constant(null),
        fc.array(fc.constantFrom('a', 'b')),
      );
  }
}

/** Hostile strings: injection fragments, traversal, control characters, huge and odd unicode. */
export const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; drop table answers; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  '\uD800',
  '${7*7}{{7*7}}',
  'javascript:alert(1)',
  'a'.repeat(100_000),
  '\u202Eevil',
  '__proto__',
];

/** Values that break a schema: wrong types, hostile strings, junk objects. */
export const invalidValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(true, -1, 1e308, -0.5, [], {}, [[[]]], { __proto__: { admin: true } }, { constructor: { prototype: 1 } }),
  fc.object({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);
