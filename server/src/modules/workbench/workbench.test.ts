import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOverrides, scoreAssessment } from '@gci/shared';
import { createPublishedMethodology } from '../../../test/factories.ts';
import { createWorkbenchWorld, type WorkbenchWorld } from '../../../test/workbench-world.ts';

describe('the analyst workbench API', () => {
  let world: WorkbenchWorld;
  let handle: WorkbenchWorld['handle'];
  let analyst: WorkbenchWorld['analyst'];
  let focal: WorkbenchWorld['focal'];
  let published: WorkbenchWorld['published'];
  let cycle: WorkbenchWorld['cycle'];
  const call: WorkbenchWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await createWorkbenchWorld();
    ({ handle, analyst, focal, published, cycle } = world);
  });
  afterAll(() => world?.close());

  it('saves a scenario that reopens with the same tiers', async () => {
    const overrides = { weights: { legal: 3, 'technical.staff': 0 }, thresholds: { '3': 50 } };
    const saved = await call(analyst, 'POST', '/api/scenarios', {
      name: 'Legal heavy',
      note: 'What if law counted triple?',
      cycleYear: cycle.year,
      methodologyVersionId: published.id,
      overrides,
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const reopened = (await call(analyst, 'GET', `/api/scenarios/${saved.json().id}`)).json();
    expect(reopened).toMatchObject({ name: 'Legal heavy', cycleYear: cycle.year, overrides });
    const data = (await call(analyst, 'GET', `/api/workbench/cycles/${cycle.year}`)).json();
    const tiersOf = (o: typeof overrides) => {
      const m = applyOverrides(data.methodology, {
        weights: o.weights,
        thresholds: Object.fromEntries(Object.entries(o.thresholds).map(([k, v]) => [Number(k), v])),
      });
      return data.countries.map((c: { iso3: string; answers: Record<string, never> }) => [c.iso3, scoreAssessment(m, c.answers).tier]);
    };
    expect(tiersOf(reopened.overrides)).toEqual(tiersOf(overrides));
    expect(
      (
        await call(analyst, 'POST', '/api/scenarios', {
          name: 'x',
          cycleYear: cycle.year,
          methodologyVersionId: published.id,
          overrides: { weights: { nope: 1 } },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('backcasts an earlier cycle under another version and names unmatched questions', async () => {
    const next = structuredClone(published.methodology);
    next.key = 'toy-backcast';
    const technical = next.pillars[1]!;
    technical.children = technical.children.filter((c) => c.key !== 'technical.tools');
    const version = await createPublishedMethodology(handle.db, next);
    const res = await call(analyst, 'GET', `/api/workbench/cycles/${cycle.year}/backcast?version=${version.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unmatchedOld).toEqual(['technical.tools']);
    expect(
      res
        .json()
        .comparison.matrix.flat()
        .reduce((a: number, b: number) => a + b, 0),
    ).toBe(3);
  });

  it('keeps the workbench to analysts', async () => {
    expect((await call(focal, 'GET', `/api/workbench/cycles/${cycle.year}`)).statusCode).toBe(403);
    expect((await call(focal, 'POST', `/api/cycles/${cycle.id}/publish`, {})).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/scenarios')).statusCode).toBe(401);
  });
});
