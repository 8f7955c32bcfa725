import { sql, type Kysely } from 'kysely';

// Immutable snapshots of a cycle's results. A correction is a new row that supersedes an older one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('cycle_id', 'uuid', (c) => c.notNull().references('cycles.id'))
    .addColumn('methodology_version_id', 'uuid', (c) => c.notNull().references('methodology_versions.id'))
    .addColumn('methodology_hash', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('supersedes_id', 'uuid', (c) => c.unique().references('publications.id'))
    .addColumn('note', 'text')
    .addColumn('published_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('publications_cycle_idx').on('publications').columns(['cycle_id', 'published_at']).execute();
  await sql`
    create function forbid_publication_change() returns trigger language plpgsql as $$
    begin
      raise exception 'publications are immutable' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger publications_immutable before update or delete on publications
    for each row execute function forbid_publication_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('publications').execute();
  await sql`drop function forbid_publication_change()`.execute(db);
}
