import { sql, type Kysely } from 'kysely';

// A return for revision: which questions need work and why.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('revision_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_keys', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(question_keys) = 'array'`))
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('revision_requests').execute();
}
