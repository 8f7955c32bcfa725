import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ConsultationCommentsTable } from '../../db/tables.ts';

/** A version's comments with their author and responder, by node then time. */
export async function listConsultationComments(db: Executor, versionId: string) {
  return db
    .selectFrom('consultationComments as c')
    .innerJoin('users as a', 'a.id', 'c.authorId')
    .leftJoin('users as r', 'r.id', 'c.respondedBy')
    .where('c.versionId', '=', versionId)
    .select([
      'c.id',
      'c.nodeKey',
      'c.countryIso3',
      'c.body',
      'c.createdAt',
      'c.status',
      'c.response',
      'c.respondedAt',
      'a.id as authorId',
      'a.name as authorName',
      'r.id as responderId',
      'r.name as responderName',
    ])
    .orderBy('c.nodeKey')
    .orderBy('c.createdAt')
    .execute();
}

export async function findConsultationComment(db: Executor, id: string) {
  return db.selectFrom('consultationComments').select(['id', 'countryIso3']).where('id', '=', id).executeTakeFirst();
}

export async function insertConsultationComment(db: Executor, values: Insertable<ConsultationCommentsTable>): Promise<string> {
  const { id } = await db.insertInto('consultationComments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateConsultationComment(db: Executor, id: string, values: Updateable<ConsultationCommentsTable>): Promise<void> {
  await db.updateTable('consultationComments').set(values).where('id', '=', id).execute();
}
