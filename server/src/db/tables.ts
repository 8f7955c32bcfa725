import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types as TypeScript sees them through CamelCasePlugin (SQL names are snake_case). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, T | string, T | string>;

export interface CountriesTable {
  iso3: string;
  iso2: string;
  numeric: string;
  region: string;
  names: Json<Record<string, string>>;
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
  thresholds: Json<unknown[]>;
  contentHash: string | null;
  derivedFromId: string | null;
  createdBy: string | null;
  createdAt: Generated<Date>;
  publishedAt: Timestamp | null;
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
  status: Generated<'planned' | 'open' | 'closed' | 'published'>;
  isDemo: Generated<boolean>;
  createdAt: Generated<Date>;
}

export type AssessmentStatus =
  | 'not_started'
  | 'in_progress'
  | 'submitted'
  | 'in_review'
  | 'returned'
  | 'resubmitted'
  | 'validated'
  | 'accepted'
  | 'disputed'
  | 'final';

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

export interface Database {
  countries: CountriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  methodologyVersions: MethodologyVersionsTable;
  methodologyNodes: MethodologyNodesTable;
  cycles: CyclesTable;
  assessments: AssessmentsTable;
  answers: AnswersTable;
  answerHistory: AnswerHistoryTable;
  evidence: EvidenceTable;
  evidenceBlobs: EvidenceBlobsTable;
  publications: PublicationsTable;
  loginAttempts: LoginAttemptsTable;
  idempotencyKeys: IdempotencyKeysTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type AnswerRow = Selectable<AnswersTable>;
export type AnswerUpdate = Updateable<AnswersTable>;
export type CycleRow = Selectable<CyclesTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type PublicationRow = Selectable<PublicationsTable>;
export type MethodologyVersionRow = Selectable<MethodologyVersionsTable>;
export type MethodologyNodeRow = Selectable<MethodologyNodesTable>;
