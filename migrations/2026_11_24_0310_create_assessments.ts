import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('cycle_id', 'uuid', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('not_started')
        .check(
          sql`status in ('not_started', 'in_progress', 'submitted', 'in_review', 'returned', 'resubmitted', 'validated', 'accepted', 'disputed', 'final')`,
        ),
    )
    // 'secondary': assessed by analysts from public sources when the country did not answer.
    .addColumn('source', 'text', (c) =>
      c
        .notNull()
        .defaultTo('self')
        .check(sql`source in ('self', 'secondary')`),
    )
    .addColumn('deadline_override', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('assessments_cycle_country', ['cycle_id', 'country_iso3'])
    .execute();
  await db.schema.createIndex('assessments_country_idx').on('assessments').column('country_iso3').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessments').execute();
}
