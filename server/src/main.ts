import { sql } from 'kysely';
import { loadConfig, ConfigError } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { assertDurable } from './db/durability.ts';
import { waitForDatabase } from './db/wait-for-database.ts';
import { refuseDemoAccounts, seedIfEmpty } from './modules/seed/seed.service.ts';
import { issueSetupLinkIfNoAdmin } from './modules/auth/first-admin.ts';
import { syncCountries } from './modules/countries/countries-sync.ts';
import { buildApp } from './app.ts';
import { createMailSender } from './modules/mail/mail-transport.ts';
import { startMailWorker } from './modules/mail/mail-worker.ts';
import { startReminderJob } from './modules/cycles/reminders.ts';
import { createNotifier } from './modules/notifications/notify.ts';

/** Starts the platform: configuration → database (waited for, checked to keep its commits) → migrations → countries → demo data (first start) → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    await waitForDatabase(() => sql`select 1`.execute(database.db), { log: (line) => console.log(line) });
    if (database.kind === 'postgres') await assertDurable(database.db);
    await migrateToLatest(database.db);
    // The participating states are reference data every database holds, demo or not.
    const countries = await syncCountries(database.db);
    if (countries.inserted.length > 0 || countries.refreshed.length > 0) {
      console.log(`Countries: ${countries.inserted.length} added, ${countries.refreshed.length} corrected from the UN list.`);
    }
    if (countries.skipped.length > 0) console.log(`Countries not added, their codes belong to another country: ${countries.skipped.join(', ')}`);
    if (config.seedDemo) {
      const seeded = await seedIfEmpty(database.db, { log: (line) => console.log(line) });
      if (seeded) console.log('Loaded the synthetic demo data (not real GCI results).');
    }
    if (config.env === 'production' && !config.allowDemo) await refuseDemoAccounts(database.db);
    const setup = await issueSetupLinkIfNoAdmin(database.db, { publicUrl: config.publicUrl, now: new Date() });
    if (setup) {
      console.log(
        `No administrator yet. Create the first one at\n  ${setup.url}\n(single use, until ${setup.expiresAt.toISOString()}; or run npm run create-admin)`,
      );
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({ db: database.appDb, dbKind: database.kind, config });
  // the background jobs (started after listen) stop before the database closes
  let stopMail = async () => {};
  let stopReminders = async () => {};
  app.addHook('onClose', async () => {
    await Promise.all([stopMail(), stopReminders()]);
    await database.close();
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) {
      console.error(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    app.log.info(`${signal}: finishing requests in flight, then closing the database`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  console.log(
    `GCI platform on http://${config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port} (database: ${database.kind}${database.kind === 'pglite' && config.database.kind === 'pglite' ? ` in ${config.database.dataDir}` : ''})`,
  );

  // After listen: mail waits for the server, never the other way round. Off where `npm run mail-worker` runs instead.
  if (config.mail.worker) {
    const sender = createMailSender(config.mail, app.log);
    const worker = startMailWorker({ db: database.appDb, send: sender.send, log: app.log });
    stopMail = () => worker.stop().finally(() => sender.close());
    console.log(`Mail: delivered by this process (${sender.description})`);
  }
  // Deadline reminders read every country's assessments: they run as the owner, like the migrations.
  const reminders = startReminderJob({ db: database.db, notifier: createNotifier({ publicUrl: config.publicUrl }), log: app.log });
  stopReminders = () => reminders.stop();
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || (error instanceof Error && ['DataDirLockedError', 'DurabilityError', 'DemoAccountsError'].includes(error.name))
      ? error.message
      : error,
  );
  process.exit(1);
});
