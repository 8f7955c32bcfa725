import type { Kysely } from 'kysely';

// Editors send the revision they edited; a stale one is refused, as with answers.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('methodology_versions')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('methodology_versions').dropColumn('revision').execute();
}
