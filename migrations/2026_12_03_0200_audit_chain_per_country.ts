import { sql, type Kysely } from 'kysely';

// One hash chain per country (and one for the platform's own events) instead of one for everything:
// a writer locks only its country's chain, so saves of different countries no longer queue behind
// each other's commits. Rows written before this migration stay in the chain they were linked in,
// named 'all'; `verifyAuditChain` checks each chain on its own.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column chain text not null default 'all'`.execute(db);
  await sql`alter table audit_log alter column chain drop default`.execute(db);
  // A new row is linked in its country's chain, or the platform's; only rows of before are in 'all'.
  await sql`alter table audit_log add constraint audit_log_chain_of_country check (chain = 'all' or chain = coalesce(country_iso3, 'platform'))`.execute(db);
  await db.schema.createIndex('audit_log_chain_idx').on('audit_log').columns(['chain', 'id']).execute();
  await sql`drop function audit_chain_lock()`.execute(db);
  // Two countries whose names hash alike share a lock: they wait for each other, nothing worse.
  await sql`
    create function audit_chain_lock(chain_key text) returns text language plpgsql volatile security definer set search_path = public, pg_temp
    as $$
    declare tail text;
    begin
      perform pg_advisory_xact_lock(4547001, hashtext(chain_key));
      select hash into tail from audit_log where chain = chain_key order by id desc limit 1;
      return tail;
    end $$`.execute(db);
  await sql`revoke all on function audit_chain_lock(text) from public`.execute(db);
  await sql`grant execute on function audit_chain_lock(text) to gci_app, gci_public`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function audit_chain_lock(text)`.execute(db);
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
  await sql`alter table audit_log drop column chain`.execute(db);
}
