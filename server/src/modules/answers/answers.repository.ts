import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { AnswerValue } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import type { EvidenceRow } from '../assessments/assessments.repository.ts';

export interface AnswerWrite {
  assessmentId: string;
  questionKey: string;
  value: AnswerValue;
  /** the version the user edited; 0 for a question not answered yet */
  baseVersion: number;
  userId: string;
  at: Date;
}

export interface WrittenAnswer {
  id: string;
  questionKey: string;
  value: unknown;
  version: number;
  carriedOver: boolean;
  updatedAt: Date;
  updatedBy: string | null;
  before: unknown;
  evidence: EvidenceRow[];
}

/** An answer's evidence as one JSON array, oldest first, keyed as `EvidenceRow` (answers in `alias`). */
export const evidenceJsonOf = (alias: string): RawBuilder<EvidenceRow[]> => sql<EvidenceRow[]>`coalesce((
  select jsonb_agg(jsonb_build_object('id', e.id, 'answerId', e.answer_id, 'kind', e.kind, 'title', e.title, 'url', e.url,
    'fileName', e.file_name, 'mediaType', e.media_type, 'sizeBytes', e.size_bytes, 'sha256', e.sha256,
    'carriedOver', e.carried_over, 'createdAt', e.created_at, 'createdBy', e.created_by, 'countryIso3', e.country_iso3,
    'shareConsent', e.share_consent, 'shareFile', e.share_file, 'practiceType', e.practice_type, 'practiceLanguage', e.practice_language,
    'practiceDate', e.practice_date, 'shareConfirmedAt', e.share_confirmed_at, 'shareConfirmedBy', e.share_confirmed_by,
    'pillarKey', e.pillar_key, 'indicatorKey', e.indicator_key) order by e.created_at, e.id)
  from evidence e where e.answer_id = ${sql.ref(`${alias}.id`)}), '[]'::jsonb)`;

/** A written answer, or what is stored instead when the version the user edited is not the stored one. */
export type AnswerWriteOutcome =
  { written: WrittenAnswer; current?: undefined } | { written?: undefined; current: (WrittenAnswer & { updatedByName: string | null }) | null };

/**
 * Writes an answer only over the version the user edited, appends the change to its history, and
 * returns it with its evidence, in one statement (a save is on the hot path: each round trip
 * counts). When the stored version is another one (somebody saved first) nothing is written, and
 * the same statement returns what is stored, with its author and evidence, for the 409. Callers
 * hold the assessment's lock, so nothing changes the answer between this statement and the commit.
 */
export async function writeAnswerIfVersion(trx: Transaction<Database>, w: AnswerWrite): Promise<AnswerWriteOutcome> {
  const value = JSON.stringify(w.value);
  const written =
    w.baseVersion === 0
      ? sql`
        insert into answers (assessment_id, question_key, value, version, updated_by, updated_at)
        values (${w.assessmentId}, ${w.questionKey}, ${value}::jsonb, 1, ${w.userId}, ${w.at})
        on conflict (assessment_id, question_key) do nothing
        returning id, question_key, value, version, carried_over, updated_at, updated_by, null::jsonb as before`
      : sql`
        update answers set value = ${value}::jsonb, version = answers.version + 1, carried_over = false, updated_by = ${w.userId}, updated_at = ${w.at}
        from previous
        where answers.id = previous.id and answers.version = ${w.baseVersion}
        returning answers.id, answers.question_key, answers.value, answers.version, answers.carried_over, answers.updated_at, answers.updated_by, previous.value as before`;
  // `previous` reads the value being replaced; when the version still matches, nobody changed it since.
  const previous =
    w.baseVersion === 0 ? sql`` : sql`previous as (select id, value from answers where assessment_id = ${w.assessmentId} and question_key = ${w.questionKey}),`;
  const { rows } = await sql<WrittenAnswer & { outcome: 'written' | 'current'; updatedByName: string | null }>`
    with ${previous} written as (${written}),
    history as (
      insert into answer_history (answer_id, assessment_id, question_key, version, before, after, kind, changed_by, changed_at)
      select id, ${w.assessmentId}, question_key, version, before, value, 'edit', ${w.userId}, ${w.at} from written
    )
    select 'written' as outcome, written.*, null::text as updated_by_name, ${evidenceJsonOf('written')} as evidence from written
    union all
    select 'current', ans.id, ans.question_key, ans.value, ans.version, ans.carried_over, ans.updated_at, ans.updated_by, null::jsonb, u.name, ${evidenceJsonOf('ans')}
    from answers ans left join users u on u.id = ans.updated_by
    where ans.assessment_id = ${w.assessmentId} and ans.question_key = ${w.questionKey} and not exists (select from written)`.execute(trx);
  const [row] = rows;
  if (!row) return { current: null };
  const { outcome, ...answer } = row;
  return outcome === 'written' ? { written: answer } : { current: answer };
}

/** One answer as it is stored now, with its author's name and its evidence (one round trip). */
export async function findAnswerWithEvidence(db: Executor, assessmentId: string, questionKey: string) {
  return db
    .selectFrom('answers as ans')
    .leftJoin('users as u', 'u.id', 'ans.updatedBy')
    .where('ans.assessmentId', '=', assessmentId)
    .where('ans.questionKey', '=', questionKey)
    .select([
      'ans.id',
      'ans.questionKey',
      'ans.value',
      'ans.version',
      'ans.carriedOver',
      'ans.updatedAt',
      'ans.updatedBy',
      'u.name as updatedByName',
      evidenceJsonOf('ans').as('evidence'),
    ])
    .executeTakeFirst();
}

/**
 * Clears the carried-over mark of an answer, bumping its version, only over the version the user
 * confirmed and only if it is still carried over; its evidence is re-checked with it. Nothing back
 * means one of the two did not hold.
 */
export async function confirmAnswerIfVersion(
  trx: Transaction<Database>,
  c: { assessmentId: string; questionKey: string; baseVersion: number; userId: string; at: Date },
) {
  const row = await trx
    .updateTable('answers')
    .set((eb) => ({ version: eb('version', '+', 1), carriedOver: false, updatedBy: c.userId, updatedAt: c.at }))
    .where('assessmentId', '=', c.assessmentId)
    .where('questionKey', '=', c.questionKey)
    .where('version', '=', c.baseVersion)
    .where('carriedOver', '=', true)
    .returning(['id', 'version', 'value'])
    .executeTakeFirst();
  if (row) await trx.updateTable('evidence').set({ carriedOver: false }).where('answerId', '=', row.id).where('carriedOver', '=', true).execute();
  return row;
}

/** Replaces an answer's value only over the version the reviewer read; returns the value replaced (undefined when the version is stale). */
export async function correctAnswerIfVersion(
  trx: Transaction<Database>,
  c: { assessmentId: string; questionKey: string; value: AnswerValue; baseVersion: number; userId: string; at: Date },
) {
  const before = await trx
    .selectFrom('answers')
    .select(['value'])
    .where('assessmentId', '=', c.assessmentId)
    .where('questionKey', '=', c.questionKey)
    .executeTakeFirst();
  const row = await trx
    .updateTable('answers')
    .set((eb) => ({ value: JSON.stringify(c.value), version: eb('version', '+', 1), carriedOver: false, updatedBy: c.userId, updatedAt: c.at }))
    .where('assessmentId', '=', c.assessmentId)
    .where('questionKey', '=', c.questionKey)
    .where('version', '=', c.baseVersion)
    .returning(['id', 'version'])
    .executeTakeFirst();
  return row && { ...row, before: before?.value ?? null };
}

/** Appends one change to an answer's history (saves append theirs in `writeAnswerIfVersion`). */
export async function insertHistory(
  db: Executor,
  h: {
    answerId: string;
    assessmentId: string;
    questionKey: string;
    version: number;
    before: unknown;
    after: unknown;
    kind: 'confirm' | 'correction';
    reason?: string;
    changedBy: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('answerHistory')
    .values({
      answerId: h.answerId,
      assessmentId: h.assessmentId,
      questionKey: h.questionKey,
      version: h.version,
      before: JSON.stringify(h.before),
      after: JSON.stringify(h.after),
      kind: h.kind,
      reason: h.reason ?? null,
      changedBy: h.changedBy,
      changedAt: h.at,
    })
    .execute();
}

/** Every accepted change of one answer, newest first, with who made it. */
export async function findHistory(db: Executor, assessmentId: string, questionKey: string) {
  return db
    .selectFrom('answerHistory as h')
    .leftJoin('users as u', 'u.id', 'h.changedBy')
    .where('h.assessmentId', '=', assessmentId)
    .where('h.questionKey', '=', questionKey)
    .select(['h.version', 'h.before', 'h.after', 'h.kind', 'h.reason', 'h.changedBy', 'u.name as changedByName', 'h.changedAt'])
    .orderBy('h.version', 'desc')
    .execute();
}
