import { sql, type Kysely } from 'kysely';

// Member states' comments on a draft methodology in consultation, and the analysts' answers (resolves 18).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version_id', 'uuid', (c) => c.notNull().references('methodology_versions.id').onDelete('cascade'))
    // null: a comment on the version as a whole
    .addColumn('node_key', 'text')
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`length(body) between 1 and 10000`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'answered', 'taken_into_account', 'not_taken_into_account')`),
    )
    .addColumn('response', 'text')
    .addColumn('responded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('responded_at', 'timestamptz')
    .addCheckConstraint(
      'consultation_comments_decision_reason',
      sql`status in ('open') or (response is not null and length(response) > 0 and responded_at is not null)`,
    )
    .execute();
  await db.schema.createIndex('consultation_comments_version_idx').on('consultation_comments').columns(['version_id', 'node_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consultation_comments').execute();
}
