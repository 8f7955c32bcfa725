import { sql, type Insertable, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database, EvidenceTable } from '../../db/tables.ts';

type Trx = Transaction<Database>;

/**
 * The one rule for an evidence item (aliased `e`) to be public: the focal point marked it "may be
 * published" and a reviewer confirmed it (a confirmation implies a practice type and language). The
 * practice library and the public profiles both use it; whether its cycle is published is theirs to add.
 */
export function sharedEvidence(): RawBuilder<SqlBool> {
  return sql<SqlBool>`(e.share_consent and e.share_confirmed_at is not null and e.practice_type is not null and e.practice_language is not null)`;
}

/** The id of the answer evidence attaches to, if the question is answered. */
export async function findAnswerId(db: Executor, assessmentId: string, questionKey: string): Promise<string | undefined> {
  const answer = await db.selectFrom('answers').select('id').where('assessmentId', '=', assessmentId).where('questionKey', '=', questionKey).executeTakeFirst();
  return answer?.id;
}

/** One piece of evidence with the assessment its answer belongs to. */
export async function findEvidence(db: Executor, evidenceId: string) {
  return db
    .selectFrom('evidence as e')
    .innerJoin('answers as a', 'a.id', 'e.answerId')
    .where('e.id', '=', evidenceId)
    .select(['e.id', 'e.kind', 'e.fileName', 'e.mediaType', 'e.sha256', 'a.assessmentId'])
    .executeTakeFirst();
}

export async function insertEvidence(trx: Trx, row: Insertable<EvidenceTable>) {
  return trx.insertInto('evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Stores a document's bytes once per SHA-256. Insert it after its evidence row: the blob's
 * row-level policy shows a document only through evidence that points at it, and ON CONFLICT
 * holds the new row to that policy too.
 */
export async function insertBlob(trx: Trx, sha256: string, content: Buffer): Promise<void> {
  await trx
    .insertInto('evidenceBlobs')
    .values({ sha256, content })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/** Deletes one piece of evidence; returns what it pointed at, for the audit log. */
export async function deleteEvidence(trx: Trx, evidenceId: string) {
  return trx.deleteFrom('evidence').where('id', '=', evidenceId).returning(['title', 'url', 'sha256']).executeTakeFirst();
}

export async function findBlob(db: Executor, sha256: string): Promise<Uint8Array> {
  return (await db.selectFrom('evidenceBlobs').select('content').where('sha256', '=', sha256).executeTakeFirstOrThrow()).content;
}
