import { sql, type Kysely } from 'kysely';

// People managed from the platform rather than by the seed: invitations and password resets by
// one-time link, a password that must be changed, the recipient's language for mail, lead focal
// points, and a mark on the demo's accounts so production can refuse to run with them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('locale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('en')
        .check(sql`locale in ('en', 'fr', 'es', 'ar', 'zh', 'ru')`),
    )
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_lead', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    // null while an invitation is pending: the account exists, its password does not yet
    .addColumn('activated_at', 'timestamptz', (c) => c.defaultTo(sql`now()`))
    .addColumn('last_sign_in_at', 'timestamptz')
    .addColumn('invited_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await sql`alter table users add constraint users_lead_is_focal_point check (not is_lead or role = 'focal_point')`.execute(db);

  // Single-use links: only a hash is kept, so a database copy does not hand out working links.
  await db.schema
    .createTable('account_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('invitation', 'password_reset', 'setup')`))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    // the first admin's setup link belongs to nobody yet; every other link to one account
    .addCheckConstraint('account_tokens_owner', sql`(purpose = 'setup') = (user_id is null)`)
    .execute();
  await db.schema.createIndex('account_tokens_user_idx').on('account_tokens').columns(['user_id', 'purpose']).execute();

  // Public routes (no session) redeem links and ask for resets: the narrowest writes that needs.
  await sql`grant insert, update (used_at) on account_tokens to gci_public`.execute(db);
  await sql`grant insert on mail_outbox to gci_public`.execute(db);
  await sql`grant insert on users to gci_public`.execute(db);
  await sql`grant update (password_hash, password_changed_at, must_change_password, activated_at, last_sign_in_at, name, locale) on users to gci_public`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`revoke insert, update on users from gci_public`.execute(db);
  await sql`revoke insert on mail_outbox from gci_public`.execute(db);
  await db.schema.dropTable('account_tokens').execute();
  await sql`alter table users drop constraint users_lead_is_focal_point`.execute(db);
  for (const column of ['locale', 'must_change_password', 'is_lead', 'is_demo', 'activated_at', 'last_sign_in_at', 'invited_by']) {
    await db.schema.alterTable('users').dropColumn(column).execute();
  }
}
