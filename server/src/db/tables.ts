import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { PracticeType } from '@gci/shared';

/** Table types as TypeScript sees them through CamelCasePlugin (SQL names are snake_case). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, T | string, T | string>;

export interface CountriesTable {
  iso3: string;
  iso2: string;
  numeric: string;
  region: string;
  names: Json<Record<string, string>>;
  /** optimistic concurrency: an edit names the version it started from */
  version: Generated<number>;
  /** the last change made through the platform; null while the row is as the reference list loaded it */
  updatedAt: Timestamp | null;
  updatedBy: string | null;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: 'admin' | 'analyst' | 'reviewer' | 'focal_point';
  countryIso3: string | null;
  passwordHash: string;
  totpSecret: string | null;
  totpEnabledAt: Timestamp | null;
  recoveryCodes: Json<string[]> | undefined;
  disabledAt: Timestamp | null;
  createdAt: Generated<Date>;
  passwordChangedAt: Generated<Date>;
  totpLastStep: number | null;
  locale: Generated<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru'>;
  /** set when an admin chose the password: until it is changed the session can do nothing else */
  mustChangePassword: Generated<boolean>;
  /** a country's lead focal point may invite colleagues for the same country */
  isLead: Generated<boolean>;
  /** created by the demo seed; production refuses to start while one exists (unless ALLOW_DEMO) */
  isDemo: Generated<boolean>;
  /** null while an invitation is pending (set explicitly; other accounts are active from creation) */
  activatedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  lastSignInAt: Timestamp | null;
  invitedBy: string | null;
  /** wrong second-factor codes since the last right one, in any session */
  mfaFailures: Generated<number>;
  /** no second-factor attempt is taken before this */
  mfaRetryAt: Timestamp | null;
}

export interface AccountTokensTable {
  id: Generated<string>;
  purpose: 'invitation' | 'password_reset' | 'setup';
  userId: string | null;
  tokenHash: string;
  createdBy: string | null;
  createdAt: Generated<Date>;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
}

export interface SessionsTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  csrfToken: string;
  mfaVerified: Generated<boolean>;
  ip: string | null;
  userAgent: string | null;
  createdAt: Generated<Date>;
  lastSeenAt: Generated<Date>;
  expiresAt: Timestamp;
  /** wrong second-factor codes given in this session */
  mfaFailures: Generated<number>;
}

export interface MethodologyVersionsTable {
  id: Generated<string>;
  key: string;
  name: Json<Record<string, string>>;
  edition: number;
  status: Generated<'draft' | 'consultation' | 'published' | 'archived'>;
  pillarMax: Generated<number>;
  aggregation: Generated<'arithmetic' | 'geometric'>;
  missingPolicy: Generated<'zero' | 'exclude'>;
  /** null: the defaults (DEFAULT_PEER_AREA_RULE) */
  peerAreas: Json<unknown> | null;
  /** null: no minimum coverage (0) */
  minCoverage: number | null;
  /** null: the defaults (DEFAULT_STABILITY_SETTINGS) */
  stability: Json<unknown> | null;
  thresholds: Json<unknown[]>;
  contentHash: string | null;
  derivedFromId: string | null;
  createdBy: string | null;
  createdAt: Generated<Date>;
  publishedAt: Timestamp | null;
  revision: Generated<number>;
}

export interface MethodologyNodesTable {
  id: Generated<string>;
  versionId: string;
  parentId: string | null;
  kind: 'pillar' | 'indicator' | 'sub_indicator' | 'question';
  key: string;
  position: number;
  weight: number;
  texts: Json<unknown>;
  aggregation: 'arithmetic' | 'geometric' | null;
  question: Json<unknown> | null;
}

export interface CyclesTable {
  id: Generated<string>;
  year: number;
  name: string;
  methodologyVersionId: string;
  opensAt: Timestamp;
  closesAt: Timestamp;
  status: Generated<'draft' | 'open' | 'closed' | 'validation' | 'published'>;
  isDemo: Generated<boolean>;
  createdAt: Generated<Date>;
  /** how long a country has to accept or dispute its validated result */
  validationDays: Generated<number>;
  /** the end of the cycle's validation window (after closing); publishing waits for it */
  validationClosesAt: Timestamp;
  /** set when an administrator ended the validation window early */
  validationEndedAt: Timestamp | null;
  /** days before a country's deadline when it is reminded, if not yet submitted */
  reminderDays: Generated<number[]>;
  openedAt: Timestamp | null;
  closedAt: Timestamp | null;
  validationStartedAt: Timestamp | null;
  /** where an imported edition's figures come from; null for a cycle run on the platform */
  importedFrom: Generated<string | null>;
}

/** The countries taking part in a cycle, chosen before it opens. */
export interface CycleParticipantsTable {
  cycleId: string;
  countryIso3: string;
}

/** Deadline reminders sent: one per cycle, country and number of days before the deadline. */
export interface CycleRemindersTable {
  cycleId: string;
  countryIso3: string;
  daysBefore: number;
  sentAt: Generated<Date>;
}

export type AssessmentStatus =
  'not_started' | 'in_progress' | 'submitted' | 'in_review' | 'returned' | 'resubmitted' | 'validated' | 'accepted' | 'disputed' | 'final';

export interface AssessmentsTable {
  id: Generated<string>;
  cycleId: string;
  countryIso3: string;
  status: Generated<AssessmentStatus>;
  source: Generated<'self' | 'secondary'>;
  deadlineOverride: Timestamp | null;
  submittedAt: Timestamp | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
  validatedAt: Timestamp | null;
  /** the focal point's answer to the offer of last cycle's answers; null until they give one */
  prefillDecision: 'accepted' | 'declined' | null;
  prefillDecidedAt: Timestamp | null;
  prefillDecidedBy: string | null;
}

export interface AnswersTable {
  id: Generated<string>;
  assessmentId: string;
  questionKey: string;
  value: Json<unknown>;
  version: Generated<number>;
  carriedOver: Generated<boolean>;
  updatedBy: string | null;
  updatedAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface AnswerHistoryTable {
  id: Generated<number>;
  answerId: string;
  assessmentId: string;
  questionKey: string;
  version: number;
  before: Json<unknown> | null;
  after: Json<unknown>;
  kind: Generated<'edit' | 'correction' | 'carry_over' | 'confirm'>;
  reason: string | null;
  changedBy: string | null;
  changedAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface EvidenceTable {
  id: Generated<string>;
  answerId: string;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  carriedOver: Generated<boolean>;
  createdBy: string | null;
  createdAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
  /** the focal point's consent to publish it in the library of national practice (migration practice_sharing) */
  shareConsent: Generated<boolean>;
  /** the document itself may be published too, not only its title */
  shareFile: Generated<boolean>;
  practiceType: PracticeType | null;
  practiceLanguage: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` */
  practiceDate: string | null;
  /** a reviewer's confirmation; only confirmed items of published cycles are public */
  shareConfirmedAt: Date | null;
  shareConfirmedBy: string | null;
  /** where the item sits in the methodology, set at confirmation */
  pillarKey: string | null;
  indicatorKey: string | null;
}

export interface EvidenceBlobsTable {
  sha256: string;
  content: Uint8Array;
  createdAt: Generated<Date>;
}

export interface PublicationsTable {
  id: Generated<string>;
  cycleId: string;
  methodologyVersionId: string;
  methodologyHash: string;
  content: Json<unknown>;
  contentHash: string;
  supersedesId: string | null;
  note: string | null;
  publishedBy: string | null;
  publishedAt: Generated<Date>;
  /** true when `content` leaves out every country's `score` (trace), stored in publication_traces */
  tracesApart: Generated<boolean>;
}

/** What public pages read of a publication, apart from the traces (see the migration publication_parts). */
export interface PublicationPartsTable {
  publicationId: string;
  /** the content without per-country traces */
  summary: Json<unknown>;
  /** the engine's gap analysis over every country */
  gaps: Json<unknown>;
  /** the engine's strengths and areas for growth of every country */
  peers: Json<unknown>;
}

export interface PublicationTracesTable {
  publicationId: string;
  iso3: string;
  /** the engine's full result of one country, with its trace */
  score: Json<unknown>;
}

export interface PublicationStabilityTable {
  publicationId: string;
  options: Json<unknown>;
  result: Json<unknown>;
}

/** One row: how many times what evidence may be public has changed (public caches follow it). */
export interface SharingVersionTable {
  id: number;
  /** bigint: read as a string */
  version: ColumnType<string, never, string>;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Date>;
}

export interface IdempotencyKeysTable {
  userId: string;
  key: string;
  requestHash: string;
  statusCode: number;
  response: Json<unknown>;
  createdAt: Generated<Date>;
}

export interface CommentThreadsTable {
  id: Generated<string>;
  assessmentId: string;
  questionKey: string | null;
  status: Generated<'open' | 'resolved'>;
  kind: Generated<'clarification' | 'revision' | 'dispute'>;
  createdBy: string;
  createdAt: Generated<Date>;
  resolvedBy: string | null;
  resolvedAt: Timestamp | null;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface CommentsTable {
  id: Generated<string>;
  threadId: string;
  authorId: string;
  body: string;
  createdAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface NotificationsTable {
  id: Generated<string>;
  userId: string;
  kind: string;
  title: string;
  link: string | null;
  assessmentId: string | null;
  readAt: Timestamp | null;
  createdAt: Generated<Date>;
}

export type MailStatus = 'pending' | 'sending' | 'sent' | 'dead';

export interface MailOutboxTable {
  id: Generated<string>;
  toEmail: string;
  /** a template kind (modules/mail/templates), or 'notice' for a message without one */
  kind: Generated<string>;
  locale: Generated<'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru'>;
  subject: string;
  /** the plain-text part; null once a message holding a one-time link is sent */
  body: string | null;
  /** the HTML part; null for messages queued before templates, and as `body` */
  html: string | null;
  createdAt: Generated<Date>;
  /** delivery attempts begun (a claim counts one) */
  attempts: Generated<number>;
  lastError: string | null;
  sentAt: Timestamp | null;
  status: Generated<MailStatus>;
  nextAttemptAt: Generated<Date>;
  /** while `sending`: the claiming worker's lease, and its token (only it may mark the outcome) */
  leaseUntil: Timestamp | null;
  leaseToken: string | null;
  deadAt: Timestamp | null;
}

export interface SubmissionsTable {
  id: Generated<string>;
  assessmentId: string;
  kind: 'submit' | 'resubmit';
  snapshot: Json<unknown>;
  submittedBy: string | null;
  createdAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface RevisionRequestsTable {
  id: Generated<string>;
  assessmentId: string;
  questionKeys: Json<string[]>;
  comment: string;
  createdBy: string;
  createdAt: Generated<Date>;
  /** copied from the parent row by a trigger; what row-level security compares */
  countryIso3: Generated<string>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  countryIso3: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
  /** the hash chain the row is linked in: its country's, 'platform', or 'all' (rows written before the chains were split) */
  chain: string;
  prevHash: string | null;
  hash: string;
}

export interface ScenariosTable {
  id: Generated<string>;
  name: string;
  note: Generated<string>;
  cycleId: string;
  methodologyVersionId: string;
  overrides: Json<unknown>;
  createdBy: string;
  createdAt: Generated<Date>;
}

export interface ConsultationCommentsTable {
  id: Generated<string>;
  versionId: string;
  nodeKey: string | null;
  countryIso3: string;
  authorId: string;
  body: string;
  createdAt: Generated<Date>;
  status: Generated<'open' | 'answered' | 'taken_into_account' | 'not_taken_into_account'>;
  response: string | null;
  respondedBy: string | null;
  respondedAt: Timestamp | null;
}

/** The capacity-building catalogue (administrators). */
export interface CapacityProgrammesTable {
  id: Generated<string>;
  title: string;
  provider: string;
  description: Generated<string>;
  indicators: Json<string[]>;
  regions: Json<string[]>;
  languages: Json<string[]>;
  format: 'online' | 'in_person' | 'blended' | 'self_paced';
  link: string | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface AssistanceRequestsTable {
  id: Generated<string>;
  countryIso3: string;
  indicatorKey: string;
  status: Generated<'requested' | 'in_discussion' | 'planned' | 'delivered' | 'closed'>;
  note: Generated<string>;
  requestedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AssistanceCommentsTable {
  id: Generated<string>;
  requestId: string;
  countryIso3: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
}

export interface PeerOffersTable {
  countryIso3: string;
  indicatorKey: string;
  offeredBy: string | null;
  createdAt: Date;
}

export interface Database {
  countries: CountriesTable;
  users: UsersTable;
  accountTokens: AccountTokensTable;
  sessions: SessionsTable;
  methodologyVersions: MethodologyVersionsTable;
  methodologyNodes: MethodologyNodesTable;
  cycles: CyclesTable;
  cycleParticipants: CycleParticipantsTable;
  cycleReminders: CycleRemindersTable;
  assessments: AssessmentsTable;
  answers: AnswersTable;
  answerHistory: AnswerHistoryTable;
  evidence: EvidenceTable;
  evidenceBlobs: EvidenceBlobsTable;
  publications: PublicationsTable;
  publicationParts: PublicationPartsTable;
  publicationTraces: PublicationTracesTable;
  publicationStability: PublicationStabilityTable;
  sharingVersion: SharingVersionTable;
  loginAttempts: LoginAttemptsTable;
  idempotencyKeys: IdempotencyKeysTable;
  commentThreads: CommentThreadsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  mailOutbox: MailOutboxTable;
  submissions: SubmissionsTable;
  revisionRequests: RevisionRequestsTable;
  auditLog: AuditLogTable;
  scenarios: ScenariosTable;
  consultationComments: ConsultationCommentsTable;
  capacityProgrammes: CapacityProgrammesTable;
  assistanceRequests: AssistanceRequestsTable;
  assistanceComments: AssistanceCommentsTable;
  peerOffers: PeerOffersTable;
}

export type CountryRow = Selectable<CountriesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AnswerRow = Selectable<AnswersTable>;
export type AnswerUpdate = Updateable<AnswersTable>;
export type CycleRow = Selectable<CyclesTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type PublicationRow = Selectable<PublicationsTable>;
export type MethodologyVersionRow = Selectable<MethodologyVersionsTable>;
export type MethodologyNodeRow = Selectable<MethodologyNodesTable>;
