import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { seedDemo } from '../../src/modules/seed/seed.service.ts';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { DEMO_TOTP_SECRET } from '../../src/modules/seed/seed.service.ts';
import { findPgBin, type PgCluster } from './pg-cluster.ts';
import { openMigratedCluster } from './migrated-cluster.ts';
import { ServerProcess } from './server-process.ts';

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, email: string, password: string, totp = false): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  let cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  let body = (await res.json()) as { csrfToken: string };
  if (totp) {
    const mfa = await fetch(`${base}/api/auth/mfa/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
      body: JSON.stringify({ code: totpCode(DEMO_TOTP_SECRET, new Date()) }),
    });
    expect(mfa.status).toBe(200);
    cookie = (mfa.headers.get('set-cookie') ?? '').split(';')[0]!;
    body = (await mfa.json()) as { csrfToken: string };
  }
  return { cookie, csrf: body.csrfToken };
}

const send = (base: string, s: Session, method: string, path: string, body?: unknown, key = crypto.randomUUID()) =>
  fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'idempotency-key': `two-${key}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Two stateless server processes on one PostgreSQL: how the platform scales past one machine. */
describe.skipIf(!findPgBin())('two servers, one database', () => {
  let cluster: PgCluster;
  let handle: DatabaseHandle;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    ({ cluster, handle } = await openMigratedCluster('gci-two-servers'));
    await seedDemo(handle.db);
    [a, b] = await Promise.all([ServerProcess.start({ DATABASE_URL: cluster.url }), ServerProcess.start({ DATABASE_URL: cluster.url })]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await handle?.close();
    cluster?.destroy();
  });

  it('accepts a session created on one server on the other, and logout on one ends it on both', async () => {
    const s = await login(a.url, 'focal.ken@example.org', 'demo-focal-ken-pass-1');
    const onB = await fetch(`${b.url}/api/auth/session`, { headers: { cookie: s.cookie } });
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as { user: { email: string } }).user.email).toBe('focal.ken@example.org');
    expect((await send(b.url, s, 'POST', '/api/auth/logout')).status).toBe(204);
    expect((await fetch(`${a.url}/api/auth/session`, { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('detects stale saves sent through both servers at once', async () => {
    const s1 = await login(a.url, 'focal.ken@example.org', 'demo-focal-ken-pass-1');
    const s2 = await login(b.url, 'focal2.ken@example.org', 'demo-focal-ken-pass-2');
    const list = (await (await send(a.url, s1, 'GET', '/api/assessments?cycle=2026')).json()) as { assessments: { id: string }[] };
    const id = list.assessments[0]!.id;
    const url = `/api/assessments/${id}/answers/legal.cybercrime.substantive_law`;
    const detail = (await (await send(a.url, s1, 'GET', `/api/assessments/${id}`)).json()) as { methodology: { pillars: { children: unknown[] }[] } };
    expect(detail.methodology.pillars.length).toBe(5);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        send(i % 2 ? b.url : a.url, i % 2 ? s2 : s1, 'PUT', url, { value: i % 3 === 0 ? 'in_place' : 'partial', baseVersion: 0 }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    if (statuses.includes(400)) throw new Error(await results.find((r) => r.status === 400)!.text());
    expect(statuses.filter((st) => st === 200)).toHaveLength(1);
    expect(statuses.filter((st) => st === 409)).toHaveLength(9);
    const history = await handle.db
      .selectFrom('answerHistory')
      .select('version')
      .where('assessmentId', '=', id)
      .where('questionKey', '=', 'legal.cybercrime.substantive_law')
      .execute();
    expect(history).toHaveLength(1);
  });

  it('shows a publication made on one server on the other', async () => {
    const analyst = await login(a.url, 'analyst@example.org', 'demo-analyst-pass-1', true);
    const cycles = (await (await send(a.url, analyst, 'GET', '/api/cycles')).json()) as { cycles: { id: string; year: number; publications: unknown[] }[] };
    const c2024 = cycles.cycles.find((c) => c.year === 2024)!;
    const before = (await (await fetch(`${b.url}/api/public/cycles`)).json()) as { cycles: { year: number; publicationId: string }[] };
    const published = await send(a.url, analyst, 'POST', `/api/cycles/${c2024.id}/publish`, { note: 'republished from server A' });
    expect(published.status).toBe(201);
    const { publicationId } = (await published.json()) as { publicationId: string };
    expect(before.cycles.find((c) => c.year === 2024)!.publicationId).not.toBe(publicationId);
    // each process re-reads which publication is current at most every 2 s: poll a little longer
    let seen: string | undefined;
    for (let i = 0; i < 25 && seen !== publicationId; i++) {
      const after = (await (await fetch(`${b.url}/api/public/cycles`, { headers: { 'cache-control': 'no-cache' } })).json()) as {
        cycles: { year: number; publicationId: string }[];
      };
      seen = after.cycles.find((c) => c.year === 2024)!.publicationId;
      if (seen !== publicationId) await new Promise((r) => setTimeout(r, 200));
    }
    expect(seen).toBe(publicationId);
  });
});
