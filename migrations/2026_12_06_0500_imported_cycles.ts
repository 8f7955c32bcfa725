import { sql, type Kysely } from 'kysely';

// A past edition's published results can be imported from a spreadsheet: the cycle then says
// where its figures come from (shown wherever its results are), and is otherwise a published
// cycle like any other.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cycles')
    .addColumn('imported_from', 'text', (c) => c.check(sql`char_length(imported_from) between 1 and 300`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cycles').dropColumn('imported_from').execute();
}
