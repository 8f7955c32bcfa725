import pg from 'pg';
import type { RunningServer } from './start-server.ts';

/** The pages of the one-time links (server/src/modules/auth/account-links.ts). */
const LINK = /\/(welcome|reset-password|setup)#([A-Za-z0-9_-]{43})/;

/**
 * The newest one-time link mailed to `email`, as its path and fragment (`/welcome#<token>`), read
 * from the outbox the server writes (nothing sends it in tests), the way the recipient would read it.
 * The server must run on PostgreSQL (`startServer({ postgresUrl })`): an embedded PGlite cannot be
 * read from another process.
 */
export async function mailedLink(server: RunningServer, email: string): Promise<string> {
  if (!server.databaseUrl) throw new Error('mailedLink reads the outbox on PostgreSQL: start the server with postgresUrl');
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>('select body from mail_outbox where to_email = $1 order by created_at desc limit 1', [email]);
    const link = LINK.exec(rows[0]?.body ?? '');
    if (!link) throw new Error(`no link mailed to ${email}`);
    return link[0];
  } finally {
    await client.end();
  }
}
