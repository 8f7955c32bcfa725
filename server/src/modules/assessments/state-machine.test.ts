import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, ROLES, checkTransition, type AssessmentStatus, type Role } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser, signIn, type Session } from '../../../test/factories.ts';
import type { DatabaseHandle } from '../../db/database.ts';

const COMPLETE = { 'legal.law': true, 'legal.spam': 'absent', 'technical.cirt': 'none', 'technical.staff': 0 };

/**
 * Every (role, state, action) over HTTP: the allowed ones succeed and move to the right state;
 * every other one is refused (403 for the role, 409 for the state) and changes nothing.
 */
describe('the assessment state machine over HTTP', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let id: string;
  const sessions = {} as Record<Role, Session>;

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle);
    await createCountry(handle.db, 'KEN');
    const { id: versionId } = await createPublishedMethodology(handle.db);
    id = (await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN'] })).assessments.KEN!;
    // complete answers with the required evidence, so submission checks pass
    for (const [questionKey, value] of Object.entries(COMPLETE)) {
      const answer = await handle.db
        .insertInto('answers')
        .values({ assessmentId: id, questionKey, value: JSON.stringify(value) })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (questionKey === 'legal.law')
        await handle.db.insertInto('evidence').values({ answerId: answer.id, kind: 'link', title: 'Act', url: 'https://example.org' }).execute();
    }
    for (const role of ROLES) sessions[role] = await signIn(app, await createUser(handle.db, role, role === 'focal_point' ? 'KEN' : null));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  const setStatus = (status: AssessmentStatus) => handle.db.updateTable('assessments').set({ status, validatedAt: null }).where('id', '=', id).execute();
  const snapshot = async () => ({
    status: (await handle.db.selectFrom('assessments').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
    audit: Number(
      (
        await handle.db
          .selectFrom('auditLog')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    threads: Number(
      (
        await handle.db
          .selectFrom('commentThreads')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '=', 'open')
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });

  it('allows exactly the transitions of the shared table and refuses the rest without a trace', async () => {
    let allowed = 0;
    let refused = 0;
    for (const status of ASSESSMENT_STATUSES) {
      for (const action of ASSESSMENT_ACTIONS.filter((a) => a !== 'start')) {
        for (const role of ROLES) {
          await setStatus(status);
          await handle.db.updateTable('commentThreads').set({ status: 'resolved', resolvedAt: new Date() }).where('status', '=', 'open').execute();
          const before = await snapshot();
          const res = await app.inject({
            method: 'POST',
            url: `/api/assessments/${id}/transitions`,
            headers: sessions[role].headers,
            payload: { action, comment: 'Because.' },
          });
          const expected = checkTransition(status, action, role);
          const label = `${role} ${action} from ${status}: ${res.body}`;
          if (expected.ok) {
            allowed++;
            expect(res.statusCode, label).toBe(200);
            expect(res.json(), label).toEqual({ status: expected.to });
            expect((await snapshot()).audit, label).toBe(before.audit + 1);
          } else {
            refused++;
            expect(res.statusCode, label).toBe(expected.reason === 'role' ? 403 : 409);
            if (expected.reason === 'state') expect(res.json(), label).toMatchObject({ code: 'illegal_transition', details: { status } });
            expect(await snapshot(), label).toEqual(before);
          }
        }
      }
    }
    expect(allowed).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(200);
  }, 180_000);
});
