import { sql, type Kysely } from 'kysely';

// Evidence per answer: a link (http/https only) or an uploaded document kept by its SHA-256.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('answer_id', 'uuid', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('link', 'file')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 500`))
    .addColumn('url', 'text', (c) => c.check(sql`url ~ '^https?://'`))
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('size_bytes', 'integer', (c) => c.check(sql`size_bytes >= 0`))
    .addColumn('sha256', 'char(64)', (c) => c.check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('carried_over', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'evidence_kind_fields',
      sql`(kind = 'link' and url is not null and sha256 is null)
       or (kind = 'file' and url is null and sha256 is not null and file_name is not null and media_type is not null and size_bytes is not null)`,
    )
    .execute();
  await db.schema.createIndex('evidence_answer_idx').on('evidence').column('answer_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence').execute();
}
