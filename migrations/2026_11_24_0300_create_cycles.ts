import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cycles')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('year', 'integer', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`year between 2000 and 2100`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('methodology_version_id', 'uuid', (c) => c.notNull().references('methodology_versions.id'))
    .addColumn('opens_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('planned')
        .check(sql`status in ('planned', 'open', 'closed', 'published')`),
    )
    // Synthetic demo data must never pass for real GCI results.
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('cycles_window', sql`closes_at > opens_at`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cycles').execute();
}
