import { sql, type Kysely } from 'kysely';

// How long a country has to accept or dispute its provisional result once validated.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('cycles')
    .addColumn('validation_days', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(14)
        .check(sql`validation_days between 1 and 365`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cycles').dropColumn('validation_days').execute();
}
