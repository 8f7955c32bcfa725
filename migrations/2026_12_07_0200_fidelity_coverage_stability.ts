import { sql, type Kysely } from 'kysely';

// Two settings of a methodology version that were not stored: the minimum coverage of the
// 'exclude' missing-answer policy (0–1, issue 20.5) and the tier stability settings ({ vary,
// distribution, draws, seed }), which the editor let one change but a save dropped. Both null
// when the version leaves them to their defaults, so versions made before keep their content
// and its hash.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('methodology_versions')
    .addColumn('min_coverage', 'double precision', (c) => c.check(sql`min_coverage >= 0 and min_coverage <= 1`))
    .addColumn('stability', 'jsonb')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('methodology_versions').dropColumn('min_coverage').dropColumn('stability').execute();
}
