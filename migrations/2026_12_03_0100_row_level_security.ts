import { sql, type Kysely } from 'kysely';

// A second wall behind the services' country checks (ASVS V8.4.1). The server runs every
// transaction as the non-owner role gci_app, with who is asking set transaction-locally
// (set_config(..., true)): gci.scope ('all' for staff, 'country' for a focal point, 'public' for
// public routes, anything else for nobody), gci.country, gci.user and gci.role. Country-scoped
// tables then show and accept only the caller's rows, whatever a query forgets to filter. The
// owner (migrations, seed, command-line tools) is not subject to these policies.
//
// The role is cluster-wide, so creating it tolerates another database (or a concurrent migration)
// having created it first. The name is repeated in server/src/db/row-scope.ts: migrations are frozen.

const scopedByAssessment = ['answers', 'answer_history', 'comment_threads', 'submissions', 'revision_requests'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    do $$ begin
      create role gci_app nologin;
    exception when duplicate_object or unique_violation then null;
    end $$`.execute(db);
  // A non-superuser owner must be a member to switch to it (a superuser, as in PGlite, always can).
  await sql`
    do $$ begin
      if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant gci_app to %I', current_user);
      end if;
    end $$`.execute(db);

  await sql`grant usage on schema public to gci_app`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to gci_app`.execute(db);
  await sql`grant usage, select on all sequences in schema public to gci_app`.execute(db);
  // Tables added by later migrations get the same grants.
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to gci_app`.execute(db);
  await sql`alter default privileges in schema public grant usage, select on sequences to gci_app`.execute(db);
  // Append-only and reference tables: the application may add audit and history rows, never change them.
  await sql`revoke update, delete on audit_log, answer_history, publications from gci_app`.execute(db);
  await sql`revoke insert, update, delete on countries, kysely_migration, kysely_migration_lock from gci_app`.execute(db);

  await sql`create function gci_scope() returns text language sql stable as $$ select coalesce(current_setting('gci.scope', true), '') $$`.execute(db);
  await sql`create function gci_country() returns text language sql stable as $$ select coalesce(current_setting('gci.country', true), '') $$`.execute(db);
  await sql`create function gci_user() returns uuid language sql stable as $$ select nullif(current_setting('gci.user', true), '')::uuid $$`.execute(db);
  await sql`create function gci_role() returns text language sql stable as $$ select coalesce(current_setting('gci.role', true), '') $$`.execute(db);
  // Staff see and change every country; a focal point only their own.
  await sql`
    create function gci_may_change(country char(3)) returns boolean language sql stable as $$
      select gci_scope() = 'all' or (gci_scope() = 'country' and country = gci_country())
    $$`.execute(db);
  // Public routes read the answers behind published results, and nothing of a cycle not yet published.
  await sql`
    create function gci_may_read(country char(3), cycle uuid) returns boolean language sql stable as $$
      select gci_may_change(country)
          or (gci_scope() = 'public' and exists (select 1 from publications p where p.cycle_id = cycle))
    $$`.execute(db);

  await sql`alter table assessments enable row level security`.execute(db);
  await sql`create policy assessments_read on assessments for select using (gci_may_read(country_iso3, cycle_id))`.execute(db);
  await sql`create policy assessments_insert on assessments for insert with check (gci_may_change(country_iso3))`.execute(db);
  await sql`create policy assessments_update on assessments for update using (gci_may_change(country_iso3)) with check (gci_may_change(country_iso3))`.execute(db);
  await sql`create policy assessments_delete on assessments for delete using (gci_may_change(country_iso3))`.execute(db);

  // Rows that belong to an assessment: readable when the assessment is (the subquery is itself
  // filtered by the assessments policy), changeable when its country is the caller's.
  const publicReadable = new Set(['answers', 'answer_history']);
  for (const table of scopedByAssessment) {
    const t = sql.table(table);
    const readable = publicReadable.has(table)
      ? sql`exists (select 1 from assessments a where a.id = assessment_id)`
      : sql`exists (select 1 from assessments a where a.id = assessment_id and gci_may_change(a.country_iso3))`;
    const changeable = sql`exists (select 1 from assessments a where a.id = assessment_id and gci_may_change(a.country_iso3))`;
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_read`)} on ${t} for select using (${readable})`.execute(db);
    await sql`create policy ${sql.id(`${table}_insert`)} on ${t} for insert with check (${changeable})`.execute(db);
    await sql`create policy ${sql.id(`${table}_update`)} on ${t} for update using (${changeable}) with check (${changeable})`.execute(db);
    await sql`create policy ${sql.id(`${table}_delete`)} on ${t} for delete using (${changeable})`.execute(db);
  }

  // Evidence belongs to an answer; public routes show published link evidence, never files.
  const evidenceChangeable = sql`exists (select 1 from answers x join assessments a on a.id = x.assessment_id where x.id = answer_id and gci_may_change(a.country_iso3))`;
  await sql`alter table evidence enable row level security`.execute(db);
  await sql`create policy evidence_read on evidence for select using (exists (select 1 from answers x where x.id = answer_id))`.execute(db);
  await sql`create policy evidence_insert on evidence for insert with check (${evidenceChangeable})`.execute(db);
  await sql`create policy evidence_update on evidence for update using (${evidenceChangeable}) with check (${evidenceChangeable})`.execute(db);
  await sql`create policy evidence_delete on evidence for delete using (${evidenceChangeable})`.execute(db);

  // A document is readable only through evidence the caller may change (several answers may share one).
  await sql`alter table evidence_blobs enable row level security`.execute(db);
  await sql`
    create policy evidence_blobs_read on evidence_blobs for select using (
      gci_scope() in ('all', 'country') and exists (select 1 from evidence e where e.sha256 = evidence_blobs.sha256))`.execute(db);
  await sql`create policy evidence_blobs_insert on evidence_blobs for insert with check (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy evidence_blobs_delete on evidence_blobs for delete using (gci_scope() = 'all')`.execute(db);

  await sql`alter table comments enable row level security`.execute(db);
  await sql`create policy comments_all on comments using (exists (select 1 from comment_threads t where t.id = thread_id))`.execute(db);

  // Notices are anybody's to send (a submission notifies reviewers) and only the recipient's to read.
  await sql`alter table notifications enable row level security`.execute(db);
  await sql`create policy notifications_insert on notifications for insert with check (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy notifications_own on notifications for select using (user_id = gci_user())`.execute(db);
  await sql`create policy notifications_update on notifications for update using (user_id = gci_user())`.execute(db);
  await sql`create policy notifications_delete on notifications for delete using (user_id = gci_user())`.execute(db);

  await sql`alter table mail_outbox enable row level security`.execute(db);
  await sql`create policy mail_outbox_insert on mail_outbox for insert with check (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy mail_outbox_staff on mail_outbox for select using (gci_role() = 'admin')`.execute(db);
  await sql`create policy mail_outbox_send on mail_outbox for update using (gci_role() = 'admin')`.execute(db);

  // A stored response of a save holds that user's answers: only the same user may replay it.
  await sql`alter table idempotency_keys enable row level security`.execute(db);
  await sql`create policy idempotency_keys_own on idempotency_keys using (user_id = gci_user()) with check (user_id = gci_user())`.execute(db);

  // Anyone's action is recorded (sign-ins included); only administrators read the log, and nobody
  // changes it (no update or delete grant, and the append-only triggers). A writer takes the
  // chain's lock and learns the last row's hash from a definer function, without reading the row.
  // plpgsql, volatile: the tail is read by a statement of its own, after the lock is held.
  await sql`alter table audit_log enable row level security`.execute(db);
  await sql`create policy audit_log_append on audit_log for insert with check (true)`.execute(db);
  await sql`create policy audit_log_admin on audit_log for select using (gci_role() = 'admin')`.execute(db);
  await sql`
    create function audit_chain_lock() returns text language plpgsql volatile security definer set search_path = public, pg_temp
    as $$
    declare tail text;
    begin
      perform pg_advisory_xact_lock(4547001);
      select hash into tail from audit_log order by id desc limit 1;
      return tail;
    end $$`.execute(db);
  await sql`revoke all on function audit_chain_lock() from public`.execute(db);
  await sql`grant execute on function audit_chain_lock() to gci_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = ['assessments', ...scopedByAssessment, 'evidence', 'evidence_blobs', 'comments', 'notifications', 'mail_outbox', 'idempotency_keys', 'audit_log'];
  for (const table of tables) {
    const { rows } = await sql<{ name: string }>`select policyname as name from pg_policies where schemaname = 'public' and tablename = ${table}`.execute(db);
    for (const { name } of rows) await sql`drop policy ${sql.id(name)} on ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(table)} disable row level security`.execute(db);
  }
  await sql`drop function audit_chain_lock()`.execute(db);
  await sql`drop function gci_may_read(char(3), uuid)`.execute(db);
  await sql`drop function gci_may_change(char(3))`.execute(db);
  await sql`drop function gci_role()`.execute(db);
  await sql`drop function gci_user()`.execute(db);
  await sql`drop function gci_country()`.execute(db);
  await sql`drop function gci_scope()`.execute(db);
  await sql`alter default privileges in schema public revoke all on tables from gci_app`.execute(db);
  await sql`alter default privileges in schema public revoke all on sequences from gci_app`.execute(db);
  await sql`revoke all on all tables in schema public from gci_app`.execute(db);
  await sql`revoke all on all sequences in schema public from gci_app`.execute(db);
  await sql`revoke usage on schema public from gci_app`.execute(db);
  // Other databases of the cluster may still use the role: it stays when they do.
  await sql`
    do $$ begin
      drop role gci_app;
    exception when dependent_objects_still_exist or insufficient_privilege then null;
    end $$`.execute(db);
}
