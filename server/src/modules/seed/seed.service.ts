import { MFA_REQUIRED_ROLES, type Answers, type Methodology } from '@gci/shared';
import { GCI_2020_DEMO } from '../../../../fixtures/methodology-gci-2020.ts';
import { GCI_2024_DEMO } from '../../../../fixtures/methodology-gci-2024.ts';
import { DEMO_CYCLES } from '../../../../fixtures/cycles.ts';
import { DEMO_USERS } from '../../../../fixtures/demo-users.ts';
import { demoAnswers } from '../../../../fixtures/demo-answers.ts';
import { demoEvidence } from '../../../../fixtures/demo-evidence.ts';
import type { Db } from '../../db/database.ts';
import { contentHash } from '../../lib/hash.ts';
import { hashPassword } from '../auth/password.ts';
import { syncCountries } from '../countries/countries-sync.ts';
import { findMethodologyVersionByKey, insertMethodology } from '../methodology/methodology.repository.ts';
import { publishCycle } from '../publication/publication.service.ts';

export const DEMO_METHODOLOGIES: Methodology[] = [GCI_2020_DEMO, GCI_2024_DEMO];
/**
 * Staff must sign in with a second factor. The demo staff accounts share this TOTP secret (demo
 * only): add it to an authenticator app, or print the current code with `npm run gci -- totp`.
 */
export const DEMO_TOTP_SECRET = 'GCIDEMOGCIDEMOGCIDEMOGCIDEMO2345';
const SEED_TIME = new Date('2026-01-01T00:00:00Z');
/** Demo evidence is added and confirmed before the cycles are published (profiles show evidence as it stood then). */
const EVIDENCE_TIME = new Date('2025-12-01T00:00:00Z');

export interface SeedReport {
  countries: number;
  methodologies: number;
  users: number;
  cycles: number;
  answers: number;
  publications: number;
  evidence: number;
}

type Log = (line: string) => void;

/** The countries are reference data (the start-up loads them too); the demo needs them for its cycles. */
async function seedCountries(db: Db): Promise<number> {
  return (await syncCountries(db)).inserted.length;
}

async function seedMethodologies(db: Db): Promise<number> {
  let count = 0;
  for (const methodology of DEMO_METHODOLOGIES) {
    if (await findMethodologyVersionByKey(db, methodology.key)) continue;
    await insertMethodology(db, methodology, { status: 'published', contentHash: contentHash(methodology), publishedAt: SEED_TIME });
    count++;
  }
  return count;
}

async function seedUsers(db: Db, log: Log): Promise<number> {
  let count = 0;
  for (const user of DEMO_USERS) {
    const exists = await db.selectFrom('users').select('id').where('email', '=', user.email).executeTakeFirst();
    if (exists) continue;
    await db
      .insertInto('users')
      .values({
        email: user.email,
        name: user.name,
        role: user.role,
        countryIso3: user.country ?? null,
        passwordHash: await hashPassword(user.password),
        isDemo: true,
        activatedAt: SEED_TIME,
        ...(MFA_REQUIRED_ROLES.includes(user.role) ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: SEED_TIME } : {}),
      })
      .execute();
    const mfa = MFA_REQUIRED_ROLES.includes(user.role) ? '  + TOTP (npm run gci -- totp)' : '';
    log(`  demo ${user.role.padEnd(11)} ${user.email.padEnd(34)} password: ${user.password}${user.country ? `  (${user.country})` : ''}${mfa}`);
    count++;
  }
  return count;
}

// A published demo cycle is stored in validation; publishing it (below) marks it published.
const cycleStatus = (s: (typeof DEMO_CYCLES)[number]['status']) => (s === 'published' ? 'validation' : s);
/** The demo's validation windows: a month after closing. */
const VALIDATION_MS = 30 * 86_400_000;

/** Inserts a cycle with every country participating and an assessment each; published cycles also get every country's synthetic answers. */
async function seedCycle(db: Db, cycle: (typeof DEMO_CYCLES)[number]): Promise<{ created: boolean; answers: number; evidence: number }> {
  if (await db.selectFrom('cycles').select('id').where('year', '=', cycle.year).executeTakeFirst()) return { created: false, answers: 0, evidence: 0 };
  const methodology = DEMO_METHODOLOGIES.find((m) => m.key === cycle.methodologyKey);
  const version = await findMethodologyVersionByKey(db, cycle.methodologyKey);
  if (!methodology || !version) throw new Error(`cycle ${cycle.year} names unknown methodology ${cycle.methodologyKey}`);
  const { id: cycleId } = await db
    .insertInto('cycles')
    .values({
      year: cycle.year,
      name: cycle.name,
      methodologyVersionId: version.id,
      opensAt: cycle.opensAt,
      closesAt: cycle.closesAt,
      validationClosesAt: new Date(new Date(cycle.closesAt).getTime() + VALIDATION_MS),
      status: cycleStatus(cycle.status),
      isDemo: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const countries = await db.selectFrom('countries').select('iso3').orderBy('iso3').execute();
  await db
    .insertInto('cycleParticipants')
    .values(countries.map((c) => ({ cycleId, countryIso3: c.iso3 })))
    .execute();
  const withAnswers = cycle.status === 'published';
  const assessments = await db
    .insertInto('assessments')
    .values(countries.map((c) => ({ cycleId, countryIso3: c.iso3, status: withAnswers ? ('final' as const) : ('not_started' as const) })))
    .returning(['id', 'countryIso3'])
    .execute();
  if (!withAnswers) return { created: true, answers: 0, evidence: 0 };
  let answers = 0;
  let evidence = 0;
  for (const assessment of assessments) {
    const values = demoAnswers(methodology, assessment.countryIso3, cycle.year);
    const ids = await insertAnswers(db, assessment.id, values);
    answers += ids.size;
    const links = demoEvidence(methodology, assessment.countryIso3, cycle.year, values).flatMap(({ questionKey, confirmed, ...link }) => {
      const answerId = ids.get(questionKey);
      return answerId ? [{ answerId, kind: 'link' as const, createdAt: EVIDENCE_TIME, shareConfirmedAt: confirmed ? EVIDENCE_TIME : null, ...link }] : [];
    });
    if (links.length > 0) await db.insertInto('evidence').values(links).execute();
    evidence += links.length;
  }
  return { created: true, answers, evidence };
}

/** Writes answers at version 1 with their matching first history entry, so history and answers agree; returns their ids by question key. */
async function insertAnswers(db: Db, assessmentId: string, answers: Answers): Promise<Map<string, string>> {
  const rows = Object.entries(answers)
    .filter((e): e is [string, NonNullable<Answers[string]>] => e[1] !== undefined && e[1] !== null)
    .map(([questionKey, value]) => ({ assessmentId, questionKey, value: JSON.stringify(value), updatedAt: SEED_TIME }));
  if (rows.length === 0) return new Map();
  const inserted = await db.insertInto('answers').values(rows).returning(['id', 'questionKey', 'value']).execute();
  await db
    .insertInto('answerHistory')
    .values(
      inserted.map((a) => ({ answerId: a.id, assessmentId, questionKey: a.questionKey, version: 1, after: JSON.stringify(a.value), changedAt: SEED_TIME })),
    )
    .execute();
  return new Map(inserted.map((a) => [a.questionKey, a.id]));
}

/**
 * Loads the synthetic demo data. Idempotent: every row is keyed by a natural key (ISO code, email,
 * methodology key, cycle year) and skipped when present, so seeding twice changes nothing.
 */
export async function seedDemo(db: Db, { log = () => undefined }: { log?: Log } = {}): Promise<SeedReport> {
  return db.transaction().execute(async (trx) => {
    const report: SeedReport = { countries: 0, methodologies: 0, users: 0, cycles: 0, answers: 0, publications: 0, evidence: 0 };
    report.countries = await seedCountries(trx);
    report.methodologies = await seedMethodologies(trx);
    report.users = await seedUsers(trx, log);
    for (const cycle of DEMO_CYCLES) {
      const { created, answers, evidence } = await seedCycle(trx, cycle);
      report.cycles += created ? 1 : 0;
      report.answers += answers;
      report.evidence += evidence;
      if (created && cycle.status === 'published') {
        const { id } = await trx.selectFrom('cycles').select('id').where('year', '=', cycle.year).executeTakeFirstOrThrow();
        await publishCycle(trx, { cycleId: id, publishedBy: null, note: 'Synthetic demo data loaded by the seed', publishedAt: SEED_TIME });
        report.publications++;
      }
    }
    return report;
  });
}

/** First start: loads the demo data only into an empty database. */
export async function seedIfEmpty(db: Db, options: { log?: Log } = {}): Promise<boolean> {
  const any = await db.selectFrom('methodologyVersions').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await seedDemo(db, options);
  return true;
}

export class DemoAccountsError extends Error {
  override name = 'DemoAccountsError';
}

/**
 * Production must not run with the demo's accounts: their passwords and TOTP secret are public
 * (the README prints them). `ALLOW_DEMO=true` is the explicit exception, for a public demo site.
 */
export async function refuseDemoAccounts(db: Db): Promise<void> {
  const demo = await db.selectFrom('users').select('email').where('isDemo', '=', true).orderBy('email').limit(3).execute();
  if (demo.length === 0) return;
  throw new DemoAccountsError(
    `Refusing to start in production: this database holds the demo's accounts (${demo.map((u) => u.email).join(', ')}${demo.length === 3 ? ', …' : ''}), whose passwords are public. ` +
      'Start from an empty database with SEED_DEMO=false, or set ALLOW_DEMO=true for a public demo site.',
  );
}
