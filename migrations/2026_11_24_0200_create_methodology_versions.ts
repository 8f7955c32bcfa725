import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('methodology_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('key', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`key ~ '^[a-z0-9][a-z0-9_.-]*$'`),
    )
    .addColumn('name', 'jsonb', (c) => c.notNull().check(sql`name ? 'en'`))
    .addColumn('edition', 'integer', (c) => c.notNull().check(sql`edition between 2000 and 2100`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'consultation', 'published', 'archived')`),
    )
    .addColumn('pillar_max', 'float8', (c) =>
      c
        .notNull()
        .defaultTo(20)
        .check(sql`pillar_max > 0`),
    )
    .addColumn('aggregation', 'text', (c) =>
      c
        .notNull()
        .defaultTo('arithmetic')
        .check(sql`aggregation in ('arithmetic', 'geometric')`),
    )
    .addColumn('missing_policy', 'text', (c) =>
      c
        .notNull()
        .defaultTo('zero')
        .check(sql`missing_policy in ('zero', 'exclude')`),
    )
    .addColumn('thresholds', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(thresholds) = 'array'`))
    // SHA-256 of the canonical content, fixed when the version is published.
    .addColumn('content_hash', 'text')
    .addColumn('derived_from_id', 'uuid', (c) => c.references('methodology_versions.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('published_at', 'timestamptz')
    .addCheckConstraint('methodology_versions_published_hash', sql`(status = 'published') <= (content_hash is not null and published_at is not null)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('methodology_versions').execute();
}
