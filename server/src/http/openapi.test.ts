import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_ROUTES, isMultipart } from '@gci/shared';
import { createTestDb } from '../../test/test-db.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import type { DatabaseHandle } from '../db/database.ts';

interface Doc {
  paths: Record<string, Record<string, { operationId: string; tags: string[]; responses: Record<string, { content?: Record<string, unknown> }> }>>;
  tags: { name: string; description: string }[];
  components: { schemas: Record<string, unknown> };
}

/** Every `$ref` in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let doc: Doc;
  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('passes an OpenAPI 3 validator', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('resolves every $ref to a named component', () => {
    const refs = new Set(refsIn(doc));
    expect(refs.size).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z][A-Za-z0-9]*$/);
      expect(doc.components.schemas, ref).toHaveProperty([ref.split('/').pop()!]);
    }
  });

  it('describes every contract: an operationId each, a declared tag, a body for every JSON response', () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations.map((o) => o.operationId).sort()).toEqual(API_ROUTES.map((r) => r.id).sort());
    const tags = new Set(doc.tags.map((t) => t.name));
    for (const t of doc.tags) expect(t.description.length).toBeGreaterThan(10);
    for (const operation of operations) expect(tags, operation.operationId).toContain(operation.tags[0]);
  });

  it('documents 204 and 304 without a body, and 429 on every write', () => {
    for (const route of API_ROUTES) {
      const operation = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]![route.method.toLowerCase()]!;
      for (const status of ['204', '304'])
        if (operation.responses[status]) expect(operation.responses[status].content, `${route.id} ${status}`).toBeUndefined();
      if (route.method !== 'GET') expect(Object.keys(operation.responses), route.id).toContain('429');
      if (route.params || route.query || route.body) expect(Object.keys(operation.responses), route.id).toContain('400');
    }
  });

  it('gives request examples that the route itself accepts', () => {
    for (const route of API_ROUTES) {
      if (!route.examples || !route.body || isMultipart(route.body)) continue;
      for (const [name, example] of Object.entries(route.examples)) expect(route.body.safeParse(example).success, `${route.id} example ${name}`).toBe(true);
    }
  });
});
