import { sql, type Kysely } from 'kysely';

// The focal point's answer to the offer to start from last cycle's answers (issue 21.6): the
// offer stays until they accept or decline it, instead of vanishing with the first saved answer.
// Null until then; who and when are kept beside it (and in the audit log).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('assessments')
    .addColumn('prefill_decision', 'text', (c) => c.check(sql`prefill_decision in ('accepted', 'declined')`))
    .addColumn('prefill_decided_at', 'timestamptz')
    .addColumn('prefill_decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessments').dropColumn('prefill_decision').dropColumn('prefill_decided_at').dropColumn('prefill_decided_by').execute();
}
