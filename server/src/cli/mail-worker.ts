import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig, ConfigError } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { waitForDatabase } from '../db/wait-for-database.ts';
import { deliverDueMail } from '../modules/mail/mail-delivery.ts';
import { createMailSender, type MailLog } from '../modules/mail/mail-transport.ts';
import { startMailWorker } from '../modules/mail/mail-worker.ts';

/**
 * `npm run mail-worker`: delivers the mail outbox from a process of its own (set MAIL_WORKER=false
 * on the servers then, or not: workers share the outbox safely). Same configuration as the server
 * (DATABASE_URL, SMTP_URL, MAIL_FROM, …); the migrations must have run. `-- --once` delivers what
 * is due and exits (for a cron job). With the embedded database only one process may open it, so
 * a separate worker needs PostgreSQL: with PGlite the server delivers the mail itself.
 */
const { values } = parseArgs({ options: { once: { type: 'boolean', default: false } } });
const log: MailLog = { info: (line) => console.log(line), warn: (line) => console.warn(line) };

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const sender = createMailSender(config.mail, log);
  try {
    await waitForDatabase(() => sql`select 1`.execute(database.db), { log: (line) => console.log(line) });
    if (values.once) {
      const report = await deliverDueMail(database.appDb, sender.send);
      console.log(`Mail: ${report.sent} sent, ${report.retried} to try again later, ${report.dead.length} not deliverable`);
      return;
    }
    const worker = startMailWorker({ db: database.appDb, send: sender.send, log });
    console.log(`Mail worker: delivering the outbox (${sender.description}); Ctrl-C or SIGTERM stops it`);
    // the worker's timer does not keep the process alive; the signal does
    await new Promise<void>((resolve) => {
      process.once('SIGTERM', resolve);
      process.once('SIGINT', resolve);
    });
    await worker.stop();
  } finally {
    sender.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || (error instanceof Error && error.name === 'DataDirLockedError') ? error.message : error);
  process.exit(1);
});
