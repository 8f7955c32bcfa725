import { sql, type Kysely } from 'kysely';

// From gaps to action (issue 22): the capacity-building catalogue, countries' requests for
// assistance (with comments) and peers' offers to share. A request and a peer offer are a
// country's: row-level security scopes them as it does answers (a focal point, their own country;
// staff, all). Peer offers are read by every signed-in caller (a plan suggests other countries as
// peers), written only for the caller's country. The public role has no policy here: it sees none.
// One open request per country and indicator; a closed one stays as history.

const STATUSES = ['requested', 'in_discussion', 'planned', 'delivered', 'closed'];
const FORMATS = ['online', 'in_person', 'blended', 'self_paced'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('capacity_programmes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('indicators', 'jsonb', (c) => c.notNull())
    .addColumn('regions', 'jsonb', (c) => c.notNull())
    .addColumn('languages', 'jsonb', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in (${list(FORMATS)})`))
    .addColumn('link', 'text', (c) => c.check(sql`link ~ '^https?://'`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('assistance_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('requested')
        .check(sql`status in (${list(STATUSES)})`),
    )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create unique index assistance_requests_open_idx on assistance_requests (country_iso3, indicator_key) where status <> 'closed'`.execute(db);

  await db.schema
    .createTable('assistance_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('assistance_requests.id').onDelete('cascade'))
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assistance_comments_request_idx').on('assistance_comments').column('request_id').execute();

  await db.schema
    .createTable('peer_offers')
    .addColumn('country_iso3', 'char(3)', (c) => c.notNull().references('countries.iso3'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('offered_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('peer_offers_pk', ['country_iso3', 'indicator_key'])
    .execute();

  for (const table of ['assistance_requests', 'assistance_comments']) {
    await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
    await sql`create policy ${sql.id(`${table}_country`)} on ${sql.table(table)} to gci_app using (gci_may_change(country_iso3)) with check (gci_may_change(country_iso3))`.execute(
      db,
    );
  }
  await sql`alter table peer_offers enable row level security`.execute(db);
  await sql`create policy peer_offers_read on peer_offers for select to gci_app using (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy peer_offers_insert on peer_offers for insert to gci_app with check (gci_may_change(country_iso3))`.execute(db);
  await sql`create policy peer_offers_delete on peer_offers for delete to gci_app using (gci_may_change(country_iso3))`.execute(db);
  // the catalogue is staff's to change (the service checks the role; this makes sure)
  await sql`alter table capacity_programmes enable row level security`.execute(db);
  await sql`create policy capacity_programmes_read on capacity_programmes for select to gci_app using (gci_scope() in ('all', 'country'))`.execute(db);
  await sql`create policy capacity_programmes_write on capacity_programmes for all to gci_app using (gci_role() = 'admin') with check (gci_role() = 'admin')`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('peer_offers').execute();
  await db.schema.dropTable('assistance_comments').execute();
  await db.schema.dropTable('assistance_requests').execute();
  await db.schema.dropTable('capacity_programmes').execute();
}
