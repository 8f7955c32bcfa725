import { sql, type Kysely } from 'kysely';

// Wrong second-factor codes are counted: per pending session (a few, then the session ends and the
// password must be given again) and per account (growing delays between attempts, whatever the
// session, so signing in again does not reset the count).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('mfa_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('mfa_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mfa_retry_at', 'timestamptz')
    .execute();
  await sql`alter table users add constraint users_mfa_failures check (mfa_failures >= 0)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropConstraint('users_mfa_failures').execute();
  await db.schema.alterTable('users').dropColumn('mfa_failures').dropColumn('mfa_retry_at').execute();
  await db.schema.alterTable('sessions').dropColumn('mfa_failures').execute();
}
