import { sql, type Kysely } from 'kysely';

// Cycles run from the platform rather than the seed: draft → open → closed → validation →
// published, each step explicit and stamped; a validation window after closing; the days before
// closing when reminders go out; and the participating countries, chosen before opening (opening
// creates their assessments). Reminders sent are kept with a unique key, so that each goes out
// once however many servers run the reminder loop.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table cycles drop constraint cycles_status_check`.execute(db);
  await sql`update cycles set status = 'draft' where status = 'planned'`.execute(db);
  await sql`alter table cycles alter column status set default 'draft'`.execute(db);
  await sql`alter table cycles add constraint cycles_status_check check (status in ('draft', 'open', 'closed', 'validation', 'published'))`.execute(db);

  await db.schema
    .alterTable('cycles')
    .addColumn('validation_closes_at', 'timestamptz')
    .addColumn('validation_ended_at', 'timestamptz')
    .addColumn('reminder_days', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{14,7,1}'`))
    .addColumn('opened_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('validation_started_at', 'timestamptz')
    .execute();
  // Existing cycles get a window as long as the one each country had to accept its result.
  await sql`update cycles set validation_closes_at = closes_at + make_interval(days => validation_days)`.execute(db);
  await sql`alter table cycles alter column validation_closes_at set not null`.execute(db);
  await sql`alter table cycles add constraint cycles_validation_window check (validation_closes_at > closes_at)`.execute(db);
  await sql`
    alter table cycles add constraint cycles_reminder_days
    check (cardinality(reminder_days) <= 10 and 1 <= all(reminder_days) and 365 >= all(reminder_days))`.execute(db);

  await db.schema
    .createTable('cycle_participants')
    .addColumn('cycle_id', 'uuid', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addPrimaryKeyConstraint('cycle_participants_pkey', ['cycle_id', 'country_iso3'])
    .execute();
  // Every country with an assessment took part.
  await sql`insert into cycle_participants (cycle_id, country_iso3) select cycle_id, country_iso3 from assessments`.execute(db);

  await db.schema
    .createTable('cycle_reminders')
    .addColumn('cycle_id', 'uuid', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('cycle_reminders_pkey', ['cycle_id', 'country_iso3', 'days_before'])
    .execute();

  // Nothing of a cycle is public before it is published, and public routes read neither table.
  await sql`revoke all on cycle_participants, cycle_reminders from gci_public`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cycle_reminders').execute();
  await db.schema.dropTable('cycle_participants').execute();
  await sql`alter table cycles drop constraint cycles_reminder_days`.execute(db);
  await sql`alter table cycles drop constraint cycles_validation_window`.execute(db);
  for (const column of ['validation_closes_at', 'validation_ended_at', 'reminder_days', 'opened_at', 'closed_at', 'validation_started_at']) {
    await db.schema.alterTable('cycles').dropColumn(column).execute();
  }
  await sql`alter table cycles drop constraint cycles_status_check`.execute(db);
  await sql`update cycles set status = case status when 'draft' then 'planned' when 'validation' then 'closed' else status end`.execute(db);
  await sql`alter table cycles alter column status set default 'planned'`.execute(db);
  await sql`alter table cycles add constraint cycles_status_check check (status in ('planned', 'open', 'closed', 'published'))`.execute(db);
}
