import { sql, type Kysely } from 'kysely';

// Uploaded documents live in the database, so every server process can serve them (stateless servers).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('evidence_blobs')
    .addColumn('sha256', 'char(64)', (c) => c.primaryKey().check(sql`sha256 ~ '^[0-9a-f]{64}$'`))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_blobs').execute();
}
