import type { AnswerState, AnswerValue, AssessmentSummary, EvidenceItem, EvidenceSharing, LocalizedString } from '@gci/shared';
import type { AnswerWithAuthor, AssessmentContext, EvidenceRow } from './assessments.repository.ts';
import { deadlineOf, isEditableNow } from './scope.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

type SharingColumns = Pick<EvidenceRow, 'shareConsent' | 'shareFile' | 'practiceType' | 'practiceLanguage' | 'practiceDate' | 'shareConfirmedAt'>;

/** The library-of-practice side of an evidence item (see the practice room). */
export const toEvidenceSharing = (e: SharingColumns): EvidenceSharing => ({
  mayPublish: e.shareConsent,
  allowFile: e.shareFile,
  type: e.practiceType,
  language: e.practiceLanguage,
  date: e.practiceDate,
  confirmed: e.shareConfirmedAt !== null,
});

export const toEvidenceItem = (e: EvidenceRow): EvidenceItem => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  url: e.url,
  fileName: e.fileName,
  mediaType: e.mediaType,
  sizeBytes: e.sizeBytes,
  sha256: e.sha256,
  carriedOver: e.carriedOver,
  createdAt: iso(e.createdAt),
  sharing: toEvidenceSharing(e),
});

export const toAnswerState = (a: AnswerWithAuthor, evidence: EvidenceRow[]): AnswerState => ({
  questionKey: a.questionKey,
  value: a.value as AnswerValue,
  version: a.version,
  carriedOver: a.carriedOver,
  updatedAt: iso(a.updatedAt),
  updatedBy: a.updatedBy ? { id: a.updatedBy, name: a.updatedByName ?? '' } : null,
  evidence: evidence.filter((e) => e.answerId === a.id).map(toEvidenceItem),
});

export const toAssessmentSummary = (a: AssessmentContext, now: Date): AssessmentSummary => ({
  id: a.id,
  cycle: { id: a.cycleId, year: a.cycleYear, name: a.cycleName, status: a.cycleStatus, closesAt: iso(a.closesAt) },
  country: { iso3: a.countryIso3, names: a.countryNames as LocalizedString, region: a.countryRegion },
  status: a.status,
  deadline: deadlineOf(a).toISOString(),
  editable: isEditableNow(a, now),
  submittedAt: a.submittedAt ? iso(a.submittedAt) : null,
  updatedAt: iso(a.updatedAt),
});
