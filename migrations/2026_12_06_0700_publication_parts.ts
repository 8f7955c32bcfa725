import { sql, type Kysely } from 'kysely';

// What public pages read of a publication, apart from its full traces, so a reader parses kilobytes:
// - publication_parts: the content without per-country traces ("summary"), and what the public
//   pages derive from every country's traces (gap analysis, strengths and areas for growth);
// - publication_traces: each country's full result with its trace, read one country at a time;
// - publication_stability: the tier stability of the publication, computed once.
// All three are derived from an immutable publication: written once (at publication, or on first
// read for publications made before them), never changed. Public readers write them in that second
// case, hence their insert grant. A publication whose `traces_apart` is true stores its content
// without traces (the traces are in publication_traces); its content hash is still that of the
// whole content, traces included.
const TABLES = ['publication_parts', 'publication_traces', 'publication_stability'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('publications')
    .addColumn('traces_apart', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('publication_parts')
    .addColumn('publication_id', 'uuid', (c) => c.primaryKey().references('publications.id'))
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('gaps', 'jsonb', (c) => c.notNull())
    .addColumn('peers', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('publication_traces')
    .addColumn('publication_id', 'uuid', (c) => c.notNull().references('publications.id'))
    .addColumn('iso3', 'char(3)', (c) => c.notNull())
    .addColumn('score', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_traces_pkey', ['publication_id', 'iso3'])
    .execute();
  await db.schema
    .createTable('publication_stability')
    .addColumn('publication_id', 'uuid', (c) => c.primaryKey().references('publications.id'))
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .execute();
  for (const table of TABLES) {
    await sql`create trigger ${sql.id(`${table}_immutable`)} before update or delete on ${sql.table(table)}
      for each row execute function forbid_publication_change()`.execute(db);
    await sql`revoke update, delete on ${sql.table(table)} from gci_app`.execute(db);
    await sql`grant insert on ${sql.table(table)} to gci_public`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('publications').dropColumn('traces_apart').execute();
}
