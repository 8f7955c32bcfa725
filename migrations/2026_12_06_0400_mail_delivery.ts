import { sql, type Kysely } from 'kysely';

// Mail that is sent: each outbox message carries its rendered parts (text and HTML, in the
// recipient's language), a delivery state, when to try next, and a lease while a worker sends it.
//   pending → sending (leased by one worker) → sent
//                     ↘ pending again (retry later) ↘ dead (too many attempts, or refused for good)
// An administrator may put a dead message back to pending. Several workers share the outbox: one
// claims a message by taking its lease in a short statement of its own, sends outside any
// transaction, and marks the outcome only if the lease is still its own.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mail_outbox')
    // what the message is (a template kind), for the administrators' list; 'notice' for rows without one
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('notice'))
    .addColumn('locale', 'text', (c) =>
      c
        .notNull()
        .defaultTo('en')
        .check(sql`locale in ('en', 'fr', 'es', 'ar', 'zh', 'ru')`),
    )
    .addColumn('html', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'sending', 'sent', 'dead')`),
    )
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lease_until', 'timestamptz')
    .addColumn('lease_token', 'uuid')
    .addColumn('dead_at', 'timestamptz')
    .execute();
  // A sent message's parts may be dropped (they can hold a one-time link); the subject stays.
  await sql`alter table mail_outbox alter column body drop not null`.execute(db);
  await sql`update mail_outbox set status = 'sent' where sent_at is not null`.execute(db);
  await sql`update mail_outbox set next_attempt_at = created_at`.execute(db);
  await sql`alter table mail_outbox add constraint mail_outbox_sent check ((status = 'sent') = (sent_at is not null))`.execute(db);
  await sql`alter table mail_outbox add constraint mail_outbox_leased check ((status = 'sending') = (lease_until is not null and lease_token is not null))`.execute(
    db,
  );

  await db.schema.dropIndex('mail_outbox_pending_idx').execute();
  // what a worker looks for: due messages and expired leases
  await sql`create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status in ('pending', 'sending')`.execute(db);
  // the administrators' list, by state, newest first
  await sql`create index mail_outbox_status_idx on mail_outbox (status, created_at desc)`.execute(db);

  // The mail worker runs outside any request, as the application role with the scope 'mailer':
  // it reads and updates the outbox and nothing else (see server/src/db/row-scope.ts).
  await sql`create policy mail_outbox_deliver_read on mail_outbox for select to gci_app using (gci_scope() = 'mailer')`.execute(db);
  await sql`create policy mail_outbox_deliver on mail_outbox for update to gci_app using (gci_scope() = 'mailer') with check (gci_scope() = 'mailer')`.execute(
    db,
  );
  // Public routes (a password reset asked for without a session) may queue account mail, nothing else.
  await sql`create policy mail_outbox_account_mail on mail_outbox for insert to gci_public with check (kind in ('invitation', 'password_reset'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop policy mail_outbox_account_mail on mail_outbox`.execute(db);
  await sql`drop policy mail_outbox_deliver on mail_outbox`.execute(db);
  await sql`drop policy mail_outbox_deliver_read on mail_outbox`.execute(db);
  await sql`drop index mail_outbox_status_idx`.execute(db);
  await sql`drop index mail_outbox_due_idx`.execute(db);
  await db.schema.createIndex('mail_outbox_pending_idx').on('mail_outbox').column('created_at').where(sql.ref('sent_at'), 'is', null).execute();
  await sql`alter table mail_outbox drop constraint mail_outbox_leased`.execute(db);
  await sql`alter table mail_outbox drop constraint mail_outbox_sent`.execute(db);
  await sql`update mail_outbox set body = '' where body is null`.execute(db);
  await sql`alter table mail_outbox alter column body set not null`.execute(db);
  for (const column of ['kind', 'locale', 'html', 'status', 'next_attempt_at', 'lease_until', 'lease_token', 'dead_at']) {
    await db.schema.alterTable('mail_outbox').dropColumn(column).execute();
  }
}
