import { sql, type Kysely } from 'kysely';

// The methodology tree: pillar → indicator → sub-indicator → question, one row per node.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('methodology_nodes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version_id', 'uuid', (c) => c.notNull().references('methodology_versions.id').onDelete('cascade'))
    .addColumn('parent_id', 'uuid', (c) => c.references('methodology_nodes.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pillar', 'indicator', 'sub_indicator', 'question')`))
    .addColumn('key', 'text', (c) => c.notNull().check(sql`key ~ '^[a-z0-9][a-z0-9_.-]*$'`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('weight', 'float8', (c) => c.notNull().check(sql`weight >= 0`))
    .addColumn('texts', 'jsonb', (c) => c.notNull().check(sql`texts ? 'title'`))
    .addColumn('aggregation', 'text', (c) => c.check(sql`aggregation in ('arithmetic', 'geometric')`))
    // type, options and points, goalposts, required, accepted evidence, skip condition
    .addColumn('question', 'jsonb', (c) => c.check(sql`question is null or question ? 'type'`))
    .addUniqueConstraint('methodology_nodes_version_key', ['version_id', 'key'])
    .addCheckConstraint('methodology_nodes_question_spec', sql`(kind = 'question') = (question is not null)`)
    .addCheckConstraint('methodology_nodes_pillar_root', sql`(kind = 'pillar') = (parent_id is null)`)
    .execute();
  await db.schema.createIndex('methodology_nodes_tree_idx').on('methodology_nodes').columns(['version_id', 'parent_id', 'position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('methodology_nodes').execute();
}
