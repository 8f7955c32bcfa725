import { type Kysely } from 'kysely';

// The rule of strengths and areas for growth of a methodology version ({ group, margin,
// includeSelf }), null when the version leaves it to its default (ITU 2024's), so versions made
// before it keep their content and its hash.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('methodology_versions').addColumn('peer_areas', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('methodology_versions').dropColumn('peer_areas').execute();
}
