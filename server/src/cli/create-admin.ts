import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PasswordSchema } from '@gci/shared';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { hashPassword } from '../modules/auth/password.ts';
import { passwordWeakness } from '../modules/auth/password-strength.ts';

/**
 * `npm run create-admin -- --email you@example.org --name "Your Name"` creates the first admin.
 * The password is generated and printed once, to be changed at first sign-in (or read from
 * GCI_ADMIN_PASSWORD, for scripted installs, and kept).
 */
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: npm run create-admin -- --email you@example.org --name "Your Name"');
  process.exit(2);
}
const email = values.email.trim().toLowerCase();
const password = process.env.GCI_ADMIN_PASSWORD || randomBytes(18).toString('base64url');
if (process.env.GCI_ADMIN_PASSWORD) {
  // the same rules as a password chosen in the browser, checked before anything is opened
  const parsed = PasswordSchema.safeParse(password);
  const problem = parsed.success ? passwordWeakness(password, { email, name: values.name })?.advice : `must have ${parsed.error.issues[0]!.message}.`;
  if (problem) {
    console.error(`GCI_ADMIN_PASSWORD ${problem}`);
    process.exit(2);
  }
}
const config = loadConfig(process.env);
const database = await openDatabase(config);
try {
  await migrateToLatest(database.db);
  const taken = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw new Error(`a user with the email ${email} already exists`);
  await database.db
    .insertInto('users')
    .values({
      email,
      name: values.name,
      role: 'admin',
      countryIso3: null,
      passwordHash: await hashPassword(password),
      mustChangePassword: !process.env.GCI_ADMIN_PASSWORD,
    })
    .execute();
  console.log(`Created admin ${email}.${process.env.GCI_ADMIN_PASSWORD ? '' : ` Password (shown once): ${password}`}`);
  console.log('Sign in, set up two-factor authentication (required for admins), then choose your own password.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
