import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('countries')
    .addColumn('iso3', 'char(3)', (c) => c.primaryKey().check(sql`iso3 ~ '^[A-Z]{3}$'`))
    .addColumn('iso2', 'char(2)', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`iso2 ~ '^[A-Z]{2}$'`),
    )
    .addColumn('numeric', 'char(3)', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`numeric ~ '^[0-9]{3}$'`),
    )
    .addColumn('region', 'text', (c) => c.notNull().check(sql`region in ('africa', 'americas', 'arab_states', 'asia_pacific', 'cis', 'europe')`))
    .addColumn('names', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(names) = 'object' and names ? 'en'`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('countries').execute();
}
