import { sql, type Kysely } from 'kysely';

// The participating states become rows an administrator edits from the platform (names, region)
// or adds to (a new member state), instead of reference data only the seed writes. Countries are
// never deleted: assessments, users and the audit log refer to them.
//
// - version: optimistic concurrency, so an edit made on a stale page is refused (409) rather than
//   silently undoing someone else's;
// - updated_at / updated_by: who last changed the row through the platform; null while the row is
//   as the reference list loaded it (the start-up sync refreshes only such rows);
// - names: all six UN languages, each a non-blank text (a public page in Arabic or Chinese must
//   not fall back to English for a country).
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('countries')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz')
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  // Rows written before this migration may lack a language: they start with the English name, for
  // an administrator to correct, so the constraint below holds for every existing row.
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    await sql`update countries set names = jsonb_set(names, ${sql.lit(`{${locale}}`)}::text[], names -> 'en')
      where coalesce(btrim(names ->> ${sql.lit(locale)}), '') = ''`.execute(db);
  }
  // (a missing name makes the test null, which a check lets through: coalesce makes it false)
  const named = LOCALES.map((l) => sql`coalesce(jsonb_typeof(names -> ${sql.lit(l)}) = 'string' and btrim(names ->> ${sql.lit(l)}) <> '', false)`);
  await sql`alter table countries add constraint countries_names_six_languages check (${sql.join(named, sql` and `)})`.execute(db);

  // The application may add and change countries (never delete them); the policies let only an
  // administrator's transactions do so, and everyone read them (public pages name countries).
  await sql`grant insert, update on countries to gci_app`.execute(db);
  await sql`alter table countries enable row level security`.execute(db);
  await sql`create policy countries_read on countries for select using (true)`.execute(db);
  await sql`create policy countries_admin_insert on countries for insert to gci_app with check (gci_role() = 'admin')`.execute(db);
  await sql`create policy countries_admin_update on countries for update to gci_app using (gci_role() = 'admin') with check (gci_role() = 'admin')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const policy of ['countries_admin_update', 'countries_admin_insert', 'countries_read']) {
    await sql`drop policy ${sql.id(policy)} on countries`.execute(db);
  }
  await sql`alter table countries disable row level security`.execute(db);
  await sql`revoke insert, update on countries from gci_app`.execute(db);
  await sql`alter table countries drop constraint countries_names_six_languages`.execute(db);
  for (const column of ['updated_by', 'updated_at', 'version']) await db.schema.alterTable('countries').dropColumn(column).execute();
}
