import { sql, type Kysely } from 'kysely';

// Append-only: every accepted change, written in the same transaction as the answer.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('answer_history')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('answer_id', 'uuid', (c) => c.notNull().references('answers.id').onDelete('cascade'))
    .addColumn('assessment_id', 'uuid', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('edit')
        .check(sql`kind in ('edit', 'correction', 'carry_over', 'confirm')`),
    )
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('answer_history_answer_version', ['answer_id', 'version'])
    .execute();
  await db.schema.createIndex('answer_history_assessment_idx').on('answer_history').column('assessment_id').execute();
  await sql`
    create function forbid_answer_history_change() returns trigger language plpgsql as $$
    begin
      raise exception 'answer_history is append-only' using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql`
    create trigger answer_history_append_only before update or delete on answer_history
    for each row execute function forbid_answer_history_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('answer_history').execute();
  await sql`drop function forbid_answer_history_change()`.execute(db);
}
