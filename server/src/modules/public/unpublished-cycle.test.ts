import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle } from '../../../test/factories.ts';
import { createWorkbenchWorld, type WorkbenchWorld } from '../../../test/workbench-world.ts';
import { ROUTE_ACCESS } from '../../http/access-policy.ts';

describe('public routes before publication', () => {
  let world: WorkbenchWorld;
  let handle: WorkbenchWorld['handle'];
  let published: WorkbenchWorld['published'];
  const call: WorkbenchWorld['call'] = (...args) => world.call(...args);

  beforeAll(async () => {
    world = await createWorkbenchWorld();
    ({ handle, published } = world);
  });
  afterAll(() => world?.close());

  it('shows nothing of an unpublished cycle on any public route', async () => {
    const hidden = await createCycle(handle.db, { methodologyVersionId: published.id, countries: ['KEN'], status: 'closed' });
    await handle.db.insertInto('answers').values({ assessmentId: hidden.assessments.KEN!, questionKey: 'legal.law', value: 'true' }).execute();
    const publicRoutes = Object.entries(ROUTE_ACCESS)
      .filter(([, access]) => access === 'public')
      .map(([key]) => key)
      .filter((k) => k.startsWith('GET '));
    expect(publicRoutes.length).toBeGreaterThanOrEqual(2);
    for (const route of publicRoutes) {
      const url = route
        .slice(4)
        .replace(':year', String(hidden.year))
        .replace(':iso3', 'KEN')
        .replace(/:[a-zA-Z0-9]+/g, hidden.id);
      const res = await call(null, 'GET', url);
      expect([200, 404], `${url}: ${res.statusCode}`).toContain(res.statusCode);
      expect(res.body, url).not.toContain(hidden.id);
      expect(res.body, url).not.toContain(`"year":${hidden.year}`);
    }
  });
});
