import { sql, type Kysely } from 'kysely';

// Resolution 45 asks for national practice to be shared: a focal point may mark an evidence item
// "may be published" (off by default) with what kind of practice it is, its language and date, and
// whether its file may go too; a reviewer then confirms or clears it. Only a confirmed item of a
// published cycle is ever public. Where the item sits in the methodology (pillar, indicator) is
// stored at confirmation, so the public library filters in SQL.
//
// The date is text: a year, a year and month, or a day (a law is often known by its year only);
// it sorts as text. Full-text search runs on the title in the item's language where PostgreSQL (and PGlite) has a
// stemming configuration; 'simple' (plain words) otherwise, Arabic and Chinese included.

const TYPES = ['law', 'strategy', 'cirt', 'education', 'awareness', 'cooperation', 'other'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('evidence')
    .addColumn('share_consent', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('share_file', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('practice_type', 'text', (c) => c.check(sql`practice_type in (${sql.join(TYPES.map((t) => sql.lit(t)))})`))
    .addColumn('practice_language', 'text', (c) => c.check(sql`practice_language ~ '^[a-z]{2,3}$'`))
    .addColumn('practice_date', 'text', (c) => c.check(sql`practice_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'`))
    .addColumn('share_confirmed_at', 'timestamptz')
    .addColumn('share_confirmed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('pillar_key', 'text')
    .addColumn('indicator_key', 'text')
    .execute();
  // Consent first, then confirmation: withdrawing consent clears it (the service does; this makes sure).
  await sql`alter table evidence add constraint evidence_confirmed_needs_consent check (
    share_confirmed_at is null or (share_consent and practice_type is not null and practice_language is not null))`.execute(db);

  await sql`
    create function practice_search_config(language text) returns regconfig language sql immutable as $$
      select (case language when 'en' then 'english' when 'fr' then 'french' when 'es' then 'spanish' when 'ru' then 'russian' else 'simple' end)::regconfig
    $$`.execute(db);
  await sql`create index evidence_practice_search_idx on evidence using gin (to_tsvector(practice_search_config(practice_language), title)) where share_confirmed_at is not null`.execute(
    db,
  );

  // A published document's bytes: readable by the public role only through a confirmed item whose
  // file was allowed, of a published cycle (the evidence policy of that role shows no other).
  await sql`
    create policy evidence_blobs_practice on evidence_blobs for select to gci_public using (
      exists (select 1 from evidence e where e.sha256 = evidence_blobs.sha256 and e.share_consent and e.share_file and e.share_confirmed_at is not null))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop policy evidence_blobs_practice on evidence_blobs`.execute(db);
  await sql`drop index evidence_practice_search_idx`.execute(db);
  await sql`alter table evidence drop constraint evidence_confirmed_needs_consent`.execute(db);
  await db.schema
    .alterTable('evidence')
    .dropColumn('share_consent')
    .dropColumn('share_file')
    .dropColumn('practice_type')
    .dropColumn('practice_language')
    .dropColumn('practice_date')
    .dropColumn('share_confirmed_at')
    .dropColumn('share_confirmed_by')
    .dropColumn('pillar_key')
    .dropColumn('indicator_key')
    .execute();
  await sql`drop function practice_search_config(text)`.execute(db);
}
