import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { GCI_2024_TIERS, type Methodology, type Role } from '@gci/shared';
import type { Db } from '../src/db/database.ts';
import type { CycleRow } from '../src/db/tables.ts';
import { contentHash, sha256Hex } from '../src/lib/hash.ts';
import { hashPassword } from '../src/modules/auth/password.ts';
import { totpCode } from '../src/modules/auth/totp.ts';
import { insertMethodology } from '../src/modules/methodology/methodology.repository.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
const passwordHash = hashPassword(TEST_PASSWORD);

const NAMES: Record<string, [string, string, string]> = {
  KEN: ['KE', '404', 'africa'],
  FRA: ['FR', '250', 'europe'],
  BRA: ['BR', '076', 'americas'],
  EGY: ['EG', '818', 'arab_states'],
  IND: ['IN', '356', 'asia_pacific'],
  KAZ: ['KZ', '398', 'cis'],
};

/** Names in the six UN languages (the countries table requires all six), marked as a test's. */
export const testCountryNames = (iso3: string) => ({
  en: `Country ${iso3}`,
  fr: `Pays ${iso3}`,
  es: `País ${iso3}`,
  ar: `بلد ${iso3}`,
  zh: `国家 ${iso3}`,
  ru: `Страна ${iso3}`,
});

export async function createCountry(db: Db, iso3: keyof typeof NAMES): Promise<string> {
  const [iso2, numeric, region] = NAMES[iso3]!;
  await db
    .insertInto('countries')
    .values({ iso3, iso2, numeric, region, names: JSON.stringify(testCountryNames(iso3)) })
    .onConflict((oc) => oc.column('iso3').doNothing())
    .execute();
  return iso3;
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  country: string | null;
  totpSecret: string | null;
}

export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A user with the test password; staff get TOTP enrolled (it is required for them) unless `totp: false`. */
export async function createUser(
  db: Db,
  role: Role,
  country: string | null = null,
  options: { name?: string; totp?: boolean; lead?: boolean } = {},
): Promise<TestUser> {
  const email = `${role}.${randomUUID().slice(0, 8)}@example.org`;
  const totpSecret = (options.totp ?? role !== 'focal_point') ? TEST_TOTP_SECRET : null;
  const row = await db
    .insertInto('users')
    .values({
      email,
      name: options.name ?? `Test ${role}`,
      role,
      countryIso3: country,
      passwordHash: await passwordHash,
      totpSecret,
      totpEnabledAt: totpSecret ? new Date() : null,
      isLead: options.lead ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, email, role, country, totpSecret };
}

/** A small methodology: two pillars, each question type, one skip condition. */
export function toyMethodology(key = `toy-${randomUUID().slice(0, 8)}`): Methodology {
  const title = (en: string) => ({ title: { en, fr: `${en} (fr)` } });
  return {
    key,
    name: { en: 'Toy methodology' },
    edition: 2026,
    pillarMax: 20,
    aggregation: 'arithmetic',
    missingPolicy: 'zero',
    thresholds: GCI_2024_TIERS,
    pillars: [
      {
        kind: 'pillar',
        key: 'legal',
        order: 1,
        weight: 1,
        texts: title('Legal'),
        children: [
          {
            kind: 'question',
            key: 'legal.law',
            order: 1,
            weight: 1,
            texts: title('Is there a cybercrime law?'),
            question: { type: 'yes_no', required: true, evidence: 'required' },
          },
          {
            kind: 'question',
            key: 'legal.spam',
            order: 2,
            weight: 1,
            texts: title('Anti-spam law'),
            question: { type: 'status', partialCredit: 0.5, required: true, evidence: 'optional' },
          },
          {
            kind: 'question',
            key: 'legal.spam_detail',
            order: 3,
            weight: 1,
            texts: title('Spam law detail'),
            question: { type: 'text', maxLength: 200, required: false, evidence: 'none', showIf: { op: 'equals', question: 'legal.spam', value: 'in_place' } },
          },
        ],
      },
      {
        kind: 'pillar',
        key: 'technical',
        order: 2,
        weight: 1,
        texts: title('Technical'),
        children: [
          {
            kind: 'question',
            key: 'technical.cirt',
            order: 1,
            weight: 1,
            texts: title('CIRT level'),
            question: {
              type: 'single_choice',
              maxPoints: 2,
              required: true,
              evidence: 'optional',
              options: [
                { key: 'none', points: 0, label: { en: 'None' } },
                { key: 'national', points: 2, label: { en: 'National' } },
              ],
            },
          },
          {
            kind: 'question',
            key: 'technical.staff',
            order: 2,
            weight: 1,
            texts: title('CIRT staff'),
            question: { type: 'number', goalposts: { lower: 0, upper: 50 }, min: 0, max: 10000, integer: true, required: true, evidence: 'optional' },
          },
          {
            kind: 'question',
            key: 'technical.tools',
            order: 3,
            weight: 1,
            texts: title('Tools'),
            question: {
              type: 'multi_choice',
              maxPoints: 2,
              required: false,
              evidence: 'optional',
              options: [
                { key: 'a', points: 1, label: { en: 'A' } },
                { key: 'b', points: 1, label: { en: 'B' } },
                { key: 'c', points: 1, label: { en: 'C' } },
              ],
            },
          },
        ],
      },
    ],
  };
}

export async function createPublishedMethodology(db: Db, methodology = toyMethodology()): Promise<{ id: string; methodology: Methodology }> {
  const id = await insertMethodology(db, methodology, { status: 'published', contentHash: contentHash(methodology), publishedAt: new Date() });
  return { id, methodology };
}

const DAY_MS = 86_400_000;
/** The year after the latest cycle in this database (2030 in an empty one): each test database counts its own. */
async function nextFreeYear(db: Db): Promise<number> {
  const { latest } = await db
    .selectFrom('cycles')
    .select((eb) => eb.fn.max('year').as('latest'))
    .executeTakeFirstOrThrow();
  return Math.max(2029, latest ?? 0) + 1;
}

/**
 * An open cycle (by default) with the given countries participating and one assessment each (none
 * for a draft). Its validation window ends 30 days after closing unless `validationClosesAt` says.
 */
export async function createCycle(
  db: Db,
  input: {
    methodologyVersionId: string;
    countries: string[];
    status?: Exclude<CycleRow['status'], 'published'>;
    year?: number;
    opensAt?: Date;
    closesAt?: Date;
    validationClosesAt?: Date;
    reminderDays?: number[];
  },
): Promise<{ id: string; year: number; assessments: Record<string, string> }> {
  const year = input.year ?? (await nextFreeYear(db));
  const closesAt = input.closesAt ?? new Date('2099-12-31');
  const status = input.status ?? 'open';
  const { id } = await db
    .insertInto('cycles')
    .values({
      year,
      name: `Cycle ${year}`,
      methodologyVersionId: input.methodologyVersionId,
      opensAt: input.opensAt ?? new Date('2020-01-01'),
      closesAt,
      validationClosesAt: input.validationClosesAt ?? new Date(closesAt.getTime() + 30 * DAY_MS),
      status,
      ...(input.reminderDays ? { reminderDays: input.reminderDays } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.countries.length) {
    await db
      .insertInto('cycleParticipants')
      .values(input.countries.map((countryIso3) => ({ cycleId: id, countryIso3 })))
      .execute();
  }
  const rows =
    input.countries.length && status !== 'draft'
      ? await db
          .insertInto('assessments')
          .values(input.countries.map((c) => ({ cycleId: id, countryIso3: c })))
          .returning(['id', 'countryIso3'])
          .execute()
      : [];
  return { id, year, assessments: Object.fromEntries(rows.map((r) => [r.countryIso3, r.id])) };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

/** Signs in through the real HTTP routes (with the second factor for staff); returns headers for `inject`. */
export async function signIn(app: FastifyInstance, user: TestUser, at = new Date()): Promise<Session> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  let cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  let body = login.json<{ csrfToken: string; stage: string }>();
  if (body.stage === 'mfa_required') {
    const mfa = await app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      payload: { code: totpCode(user.totpSecret!, at) },
    });
    if (mfa.statusCode !== 200) throw new Error(`mfa failed: ${mfa.statusCode} ${mfa.body}`);
    cookie = mfa.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    body = mfa.json();
  }
  return { cookie, csrf: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}

export const idempotencyKey = () => `k-${randomUUID()}`;

/** An answer written straight into the database (set-up only; tests of saving go through HTTP). */
export async function insertAnswer(
  db: Db,
  input: { assessmentId: string; questionKey: string; value: unknown; userId?: string | null; carriedOver?: boolean },
): Promise<{ id: string; version: number }> {
  return db
    .insertInto('answers')
    .values({
      assessmentId: input.assessmentId,
      questionKey: input.questionKey,
      value: JSON.stringify(input.value),
      version: 1,
      carriedOver: input.carriedOver ?? false,
      updatedBy: input.userId ?? null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

export async function insertLinkEvidence(db: Db, answerId: string, url = 'https://example.org/law.pdf'): Promise<string> {
  const row = await db.insertInto('evidence').values({ answerId, kind: 'link', title: 'The law', url }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A file evidence item with its stored content. */
export async function insertFileEvidence(
  db: Db,
  answerId: string,
  content: Uint8Array,
  fileName = 'report.pdf',
  mediaType = 'application/pdf',
): Promise<string> {
  const sha256 = sha256Hex(content);
  await db
    .insertInto('evidenceBlobs')
    .values({ sha256, content })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  const row = await db
    .insertInto('evidence')
    .values({ answerId, kind: 'file', title: fileName, fileName, mediaType, sizeBytes: content.length, sha256 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Answers every required question of {@link toyMethodology}, with the evidence it requires: ready to submit. */
export async function insertCompleteToyAnswers(db: Db, assessmentId: string, userId: string | null = null): Promise<void> {
  const law = await insertAnswer(db, { assessmentId, questionKey: 'legal.law', value: true, userId });
  await insertLinkEvidence(db, law.id);
  await insertAnswer(db, { assessmentId, questionKey: 'legal.spam', value: 'absent', userId });
  await insertAnswer(db, { assessmentId, questionKey: 'technical.cirt', value: 'national', userId });
  await insertAnswer(db, { assessmentId, questionKey: 'technical.staff', value: 12, userId });
}

/** `PUT` one answer through the real route, with a fresh Idempotency-Key unless one is given. */
export function saveAnswer(
  app: FastifyInstance,
  session: Session,
  assessmentId: string,
  questionKey: string,
  body: { value: unknown; baseVersion: number },
  key: string = idempotencyKey(),
) {
  return app.inject({
    method: 'PUT',
    url: `/api/assessments/${assessmentId}/answers/${questionKey}`,
    headers: { ...session.headers, 'idempotency-key': key },
    payload: body,
  });
}
