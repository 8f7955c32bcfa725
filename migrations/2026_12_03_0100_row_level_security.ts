import { sql, type Kysely } from 'kysely';

// A second wall behind the services' country checks (ASVS V8.4.1). The server runs every
// transaction as a non-owner role, with who is asking set transaction-locally (set_config(...,
// true)): gci.scope ('all' for staff, 'country' for a focal point, anything else for nobody),
// gci.country, gci.user and gci.role. Country-scoped tables then show and accept only the caller's
// rows, whatever a query forgets to filter. Public routes run as a second role, gci_public, that
// reads what belongs to published cycles and writes nothing but sign-ins. The owner (migrations,
// seed, command-line tools) is not subject to these policies.
//
// Roles are cluster-wide, so creating them tolerates another database (or a concurrent migration)
// having created them first. The names are repeated in server/src/db/row-scope.ts: migrations are frozen.

/** Country-scoped tables, the parent each one takes its country from, and the column naming it. */
const COUNTRY_FROM_PARENT = [
  ['answers', 'assessments', 'assessment_id'],
  ['answer_history', 'assessments', 'assessment_id'],
  ['comment_threads', 'assessments', 'assessment_id'],
  ['submissions', 'assessments', 'assessment_id'],
  ['revision_requests', 'assessments', 'assessment_id'],
  ['evidence', 'answers', 'answer_id'],
  ['comments', 'comment_threads', 'thread_id'],
] as const;

const ROLES = ['gci_app', 'gci_public'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const role of ROLES) {
    await sql`
      do $$ begin
        create role ${sql.id(role)} nologin;
      exception when duplicate_object or unique_violation then null;
      end $$`.execute(db);
    // A non-superuser owner must be a member to switch to it (a superuser, as in PGlite, always can).
    await sql`
      do $$ begin
        if not (select rolsuper from pg_roles where rolname = current_user) then
          execute format('grant %I to %I', ${sql.lit(role)}, current_user);
        end if;
      end $$`.execute(db);
    await sql`grant usage on schema public to ${sql.id(role)}`.execute(db);
    await sql`grant usage, select on all sequences in schema public to ${sql.id(role)}`.execute(db);
    await sql`alter default privileges in schema public grant usage, select on sequences to ${sql.id(role)}`.execute(db);
  }

  await sql`grant select, insert, update, delete on all tables in schema public to gci_app`.execute(db);
  // Public routes read; signing in is their only write.
  await sql`grant select on all tables in schema public to gci_public`.execute(db);
  await sql`grant insert, delete on sessions, login_attempts to gci_public`.execute(db);
  await sql`grant insert on audit_log to gci_public`.execute(db);
  // Tables added by later migrations get the same grants.
  await sql`alter default privileges in schema public grant select, insert, update, delete on tables to gci_app`.execute(db);
  await sql`alter default privileges in schema public grant select on tables to gci_public`.execute(db);
  // Append-only and reference tables: the application may add audit and history rows, never change them.
  await sql`revoke update, delete on audit_log, answer_history, publications from gci_app`.execute(db);
  await sql`revoke insert, update, delete on countries, kysely_migration, kysely_migration_lock from gci_app`.execute(db);

  await sql`create function gci_scope() returns text language sql stable as $$ select coalesce(current_setting('gci.scope', true), '') $$`.execute(db);
  await sql`create function gci_country() returns text language sql stable as $$ select coalesce(current_setting('gci.country', true), '') $$`.execute(db);
  await sql`create function gci_user() returns uuid language sql stable as $$ select nullif(current_setting('gci.user', true), '')::uuid $$`.execute(db);
  await sql`create function gci_role() returns text language sql stable as $$ select coalesce(current_setting('gci.role', true), '') $$`.execute(db);
  // Staff see and change every country; a focal point only their own. A plain expression, so the
  // planner inlines it into each policy (a function with a subquery in it would be called per row).
  await sql`
    create function gci_may_change(country char(3)) returns boolean language sql stable as $$
      select gci_scope() = 'all' or (gci_scope() = 'country' and country = gci_country())
    $$`.execute(db);

  // Every row of a country carries the country itself, copied from its parent when it is written,
  // so each policy is a comparison on the row (cheap to plan, and no lookup per row for staff).
  // The copy is made by a definer function: it reads the parent whatever the caller may see, and
  // the policy then decides whether the caller may write a row of that country.
  for (const [table, parent, key] of COUNTRY_FROM_PARENT) {
    await sql`alter table ${sql.table(table)} add column country_iso3 char(3)`.execute(db);
    // (the append-only triggers would refuse this one-off fill of the new column)
    await sql`alter table ${sql.table(table)} disable trigger user`.execute(db);
    await sql`update ${sql.table(table)} t set country_iso3 = p.country_iso3 from ${sql.table(parent)} p where p.id = t.${sql.id(key)}`.execute(db);
    await sql`alter table ${sql.table(table)} enable trigger user`.execute(db);
    await sql`alter table ${sql.table(table)} alter column country_iso3 set not null`.execute(db);
    await sql`create index ${sql.id(`${table}_country_idx`)} on ${sql.table(table)} (country_iso3)`.execute(db);
    await sql
      .raw(
        `
      create function ${table}_country() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        select country_iso3 into new.country_iso3 from ${parent} where id = new.${key};
        return new;
      end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger ${table}_country before insert or update of ${key} on ${table} for each row execute function ${table}_country()`).execute(db);
  }
  // A country's rows stay that country's: the copies above would otherwise go stale.
  await sql`
    create function forbid_country_change() returns trigger language plpgsql as $$
    begin
      if new.country_iso3 is distinct from old.country_iso3 then
        raise exception 'an assessment cannot move to another country' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger assessments_country_fixed before update of country_iso3 on assessments for each row execute function forbid_country_change()`.execute(
    db,
  );

  // The application role: the caller's countries. The public role: the answers behind published
  // results (through the assessment, itself filtered by its policy), nothing of a cycle not yet
  // published. Separate roles keep each one's policies out of the other's query plans.
  const publicThrough: Record<string, ReturnType<typeof sql>> = {
    assessments: sql`exists (select 1 from publications p where p.cycle_id = assessments.cycle_id)`,
    answers: sql`exists (select 1 from assessments a where a.id = assessment_id)`,
    answer_history: sql`exists (select 1 from assessments a where a.id = assessment_id)`,
    evidence: sql`exists (select 1 from answers x where x.id = answer_id)`,
  };
  for (const table of ['assessments', ...COUNTRY_FROM_PARENT.map(([t]) => t)]) {
    const t = sql.table(table);
    await sql`alter table ${t} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_country`)} on ${t} to gci_app using (gci_may_change(country_iso3)) with check (gci_may_change(country_iso3))`.execute(
      db,
    );
    const published = publicThrough[table];
    if (published) await sql`create policy ${sql.id(`${table}_published`)} on ${t} for select to gci_public using (${published})`.execute(db);
  }

  // A document is readable only through evidence the caller may change (several answers may share one).
  await sql`alter table evidence_blobs enable row level security`.execute(db);
  await sql`
    create policy evidence_blobs_read on evidence_blobs for select using (
      gci_scope() in ('all', 'country') and exists (select 1 from evidence e where e.sha256 = evidence_blobs.sha256))`.execute(db);
  await sql`create policy evidence_blobs_insert on evidence_blobs for insert with check (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy evidence_blobs_delete on evidence_blobs for delete using (gci_scope() = 'all')`.execute(db);

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
  await sql`grant execute on function audit_chain_lock() to gci_app, gci_public`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = ['assessments', ...COUNTRY_FROM_PARENT.map(([t]) => t), 'evidence_blobs', 'notifications', 'mail_outbox', 'idempotency_keys', 'audit_log'];
  for (const table of tables) {
    const { rows } = await sql<{ name: string }>`select policyname as name from pg_policies where schemaname = 'public' and tablename = ${table}`.execute(db);
    for (const { name } of rows) await sql`drop policy ${sql.id(name)} on ${sql.table(table)}`.execute(db);
    await sql`alter table ${sql.table(table)} disable row level security`.execute(db);
  }
  await sql`drop trigger assessments_country_fixed on assessments`.execute(db);
  await sql`drop function forbid_country_change()`.execute(db);
  for (const [table] of [...COUNTRY_FROM_PARENT].reverse()) {
    await sql.raw(`drop trigger ${table}_country on ${table}`).execute(db);
    await sql.raw(`drop function ${table}_country()`).execute(db);
    await sql`alter table ${sql.table(table)} drop column country_iso3`.execute(db);
  }
  await sql`drop function audit_chain_lock()`.execute(db);
  await sql`drop function gci_may_change(char(3))`.execute(db);
  await sql`drop function gci_role()`.execute(db);
  await sql`drop function gci_user()`.execute(db);
  await sql`drop function gci_country()`.execute(db);
  await sql`drop function gci_scope()`.execute(db);
  for (const role of ROLES) {
    const r = sql.id(role);
    await sql`alter default privileges in schema public revoke all on tables from ${r}`.execute(db);
    await sql`alter default privileges in schema public revoke all on sequences from ${r}`.execute(db);
    await sql`revoke all on all tables in schema public from ${r}`.execute(db);
    await sql`revoke all on all sequences in schema public from ${r}`.execute(db);
    await sql`revoke usage on schema public from ${r}`.execute(db);
    // Other databases of the cluster may still use the role: it stays when they do.
    await sql`
      do $$ begin
        drop role ${r};
      exception when dependent_objects_still_exist or insufficient_privilege then null;
      end $$`.execute(db);
  }
}
