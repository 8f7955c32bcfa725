import { sql, type Kysely } from 'kysely';

// A counter of changes to what evidence may be public (consent given or withdrawn, a reviewer's
// confirmation). Public profiles list shared links and are cached by every server process; each
// reads this number with the current publications, so a withdrawal made through one process
// reaches the pages of all of them within the same refresh (issue 22). One row, bumped inside the
// sharing transaction, so the new number is visible only once the change itself is.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sharing_version')
    .addColumn('id', 'smallint', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into sharing_version (id, version) values (1, 0)`.execute(db);
  // the application only moves the counter on
  await sql`revoke insert, delete on sharing_version from gci_app`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sharing_version').execute();
}
