import { sql, type Kysely } from 'kysely';

// A conversation between reviewers and a country team, about one question or (question_key null) the whole assessment.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'resolved')`),
    )
    // 'dispute': opened by the country when it disputes its provisional result
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('clarification')
        .check(sql`kind in ('clarification', 'revision', 'dispute')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('resolved_at', 'timestamptz')
    .addCheckConstraint('comment_threads_resolution', sql`(status = 'resolved') = (resolved_at is not null)`)
    .execute();
  await db.schema.createIndex('comment_threads_assessment_idx').on('comment_threads').columns(['assessment_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment_threads').execute();
}
