import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { testClock } from '../../../test/clock.ts';
import { createCountry, createCycle, createPublishedMethodology, createUser } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { createNotifier } from '../notifications/notify.ts';
import { sendDueReminders } from './reminders.ts';

const notifier = createNotifier({ publicUrl: 'https://gci.example.org' });

const DAY = 86_400_000;

describe(sendDueReminders.name, () => {
  let handle: DatabaseHandle;
  const clock = testClock(new Date('2031-03-01T00:00:00Z'));
  const start = clock.now().getTime();
  const day = (n: number) => new Date(start + n * DAY);
  let versionId: string;
  let focal: Record<'KEN' | 'FRA' | 'BRA', string>;
  let kenColleague: string;

  const noticesOf = (userId: string) =>
    handle.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'link'])
      .where('userId', '=', userId)
      .where('kind', '=', 'cycle.deadline')
      .orderBy('createdAt')
      .execute();
  const mailTo = async (userId: string) => {
    const { email } = await handle.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    return handle.db.selectFrom('mailOutbox').select('subject').where('toEmail', '=', email).execute();
  };
  const sent = (at: Date) => sendDueReminders(handle.db, at, notifier).then((list) => list.map((r) => `${r.country}:${r.daysBefore}`).sort());

  beforeAll(async () => {
    handle = await createTestDb();
    for (const c of ['KEN', 'FRA', 'BRA', 'EGY'] as const) await createCountry(handle.db, c);
    versionId = (await createPublishedMethodology(handle.db)).id;
    focal = {
      KEN: (await createUser(handle.db, 'focal_point', 'KEN')).id,
      FRA: (await createUser(handle.db, 'focal_point', 'FRA')).id,
      BRA: (await createUser(handle.db, 'focal_point', 'BRA')).id,
    };
    kenColleague = (await createUser(handle.db, 'focal_point', 'KEN')).id;
    const gone = await createUser(handle.db, 'focal_point', 'KEN');
    await handle.db
      .updateTable('users')
      .set({ disabledAt: day(0) })
      .where('id', '=', gone.id)
      .execute();
  });
  afterAll(() => handle?.close());

  it('reminds each country not yet submitted once per reminder day, its focal points in-app and by mail', async () => {
    const cycle = await createCycle(handle.db, {
      methodologyVersionId: versionId,
      countries: ['KEN', 'FRA', 'BRA'],
      closesAt: day(20),
      reminderDays: [14, 7, 1],
    });
    // France has an extension of ten days; Brazil has submitted
    await handle.db
      .updateTable('assessments')
      .set({ deadlineOverride: day(30) })
      .where('id', '=', cycle.assessments.FRA!)
      .execute();
    await handle.db.updateTable('assessments').set({ status: 'submitted' }).where('id', '=', cycle.assessments.BRA!).execute();

    expect(await sent(day(0))).toEqual([]);
    expect(await sent(day(6) /* 14 days before */)).toEqual(['KEN:14']);
    expect(await sent(day(6))).toEqual([]); // a second run sends nothing again
    expect(await sent(day(8))).toEqual([]);
    expect(await sent(day(16) /* 4 days before Kenya's deadline, 14 before France's */)).toEqual(['FRA:14', 'KEN:7']);

    const kenya = await noticesOf(focal.KEN);
    // the words come from the templates, in the recipient's language (English here)
    expect(kenya.map((n) => n.title)).toEqual([`14 days left to submit — Cycle ${cycle.year}`, `4 days left to submit — Cycle ${cycle.year}`]);
    expect(kenya[0]).toMatchObject({ kind: 'cycle.deadline', link: `/assessments/${cycle.assessments.KEN}` });
    expect(await noticesOf(kenColleague)).toHaveLength(2);
    expect(await mailTo(focal.KEN)).toHaveLength(2);
    expect((await noticesOf(focal.FRA)).map((n) => n.title)).toEqual([`14 days left to submit — Cycle ${cycle.year}`]);
    expect((await mailTo(focal.FRA))[0]?.subject).toMatch(/14 days left to submit/);
    expect(await noticesOf(focal.BRA)).toEqual([]);

    // Kenya submits: no more reminders for it; the deadline passes for France without the 1-day one being sent twice
    await handle.db.updateTable('assessments').set({ status: 'submitted' }).where('id', '=', cycle.assessments.KEN!).execute();
    expect(await sent(day(19.5))).toEqual([]);
    expect(await sent(day(29.5))).toEqual(['FRA:1']);
    expect(await sent(day(29.9))).toEqual([]);
    expect(await sent(day(31))).toEqual([]);
    const rows = await handle.db.selectFrom('cycleReminders').select(['countryIso3', 'daysBefore']).where('cycleId', '=', cycle.id).orderBy('sentAt').execute();
    expect(rows.map((r) => `${r.countryIso3}:${r.daysBefore}`)).toEqual(['KEN:14', 'FRA:14', 'KEN:7', 'FRA:1']);
  });

  it('sends a reminder once when several servers run the loop at the same moment', async () => {
    const cycle = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['EGY'], closesAt: day(40), reminderDays: [7] });
    const egypt = await createUser(handle.db, 'focal_point', 'EGY');
    const runs = await Promise.all([1, 2, 3, 4].map(() => sendDueReminders(handle.db, day(34), notifier)));
    expect(runs.flat().filter((r) => r.cycleId === cycle.id)).toHaveLength(1);
    expect(await noticesOf(egypt.id)).toHaveLength(1);
  });

  it('reminds only in open cycles, and a returned questionnaire counts as not submitted', async () => {
    const draft = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN'], status: 'draft', closesAt: day(50) });
    const closed = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['KEN'], status: 'closed', closesAt: day(50) });
    const open = await createCycle(handle.db, { methodologyVersionId: versionId, countries: ['BRA'], closesAt: day(50) });
    await handle.db.updateTable('assessments').set({ status: 'returned' }).where('id', '=', open.assessments.BRA!).execute();
    const list = await sendDueReminders(handle.db, day(49), notifier);
    expect(list.map((r) => r.cycleId)).toEqual([open.id]);
    expect(list[0]).toMatchObject({ country: 'BRA', daysBefore: 1, recipients: 1 });
    expect(list.map((r) => r.cycleId)).not.toContain(draft.id);
    expect(list.map((r) => r.cycleId)).not.toContain(closed.id);
  });
});
