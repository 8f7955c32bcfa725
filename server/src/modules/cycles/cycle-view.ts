import {
  ASSESSMENT_STATUSES,
  availableCycleActions,
  type AssessmentStatus,
  type CycleParticipant,
  type CycleSummary,
  type LocalizedString,
  type PendingAssessment,
  type Region,
} from '@gci/shared';
import type { CycleRow } from '../../db/tables.ts';
import type { ParticipantRow, PendingRow } from './cycles.repository.ts';

const iso = (at: Date | string) => new Date(at).toISOString();
const isoOrNull = (at: Date | string | null) => (at === null ? null : iso(at));

interface Publication {
  id: string;
  publishedAt: Date;
  contentHash: string;
  methodologyHash: string;
  supersedesId: string | null;
  note: string | null;
}

/** A cycle as the API shows it: dates in ISO, its assessments counted by state, and what may be done now. */
export function toCycleSummary(
  c: CycleRow,
  extra: { counts: ReadonlyMap<AssessmentStatus, number>; participants: number; publications: readonly Publication[] },
  now: Date,
): CycleSummary {
  return {
    id: c.id,
    year: c.year,
    name: c.name,
    status: c.status,
    methodologyVersionId: c.methodologyVersionId,
    opensAt: iso(c.opensAt),
    closesAt: iso(c.closesAt),
    validationClosesAt: iso(c.validationClosesAt),
    validationEndedAt: isoOrNull(c.validationEndedAt),
    reminderDays: c.reminderDays,
    isDemo: c.isDemo,
    participants: extra.participants,
    assessments: Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, extra.counts.get(s) ?? 0])) as Record<AssessmentStatus, number>,
    actions: availableCycleActions(c, now),
    publications: extra.publications.map((p) => ({
      id: p.id,
      publishedAt: iso(p.publishedAt),
      contentHash: p.contentHash,
      methodologyHash: p.methodologyHash,
      supersedesId: p.supersedesId,
      note: p.note,
    })),
  };
}

export const toParticipant = (p: ParticipantRow): CycleParticipant => ({
  iso3: p.iso3,
  names: p.names as LocalizedString,
  region: p.region as Region,
  assessment:
    p.assessmentId && p.status
      ? {
          id: p.assessmentId,
          status: p.status,
          deadline: iso(p.deadlineOverride ?? p.closesAt),
          deadlineOverride: isoOrNull(p.deadlineOverride),
          submittedAt: isoOrNull(p.submittedAt),
          openThreads: Number(p.openThreads ?? 0),
        }
      : null,
});

export const toPending = (p: PendingRow): PendingAssessment => ({
  assessmentId: p.assessmentId,
  iso3: p.iso3,
  names: p.names as LocalizedString,
  region: p.region as Region,
  status: p.status,
  openThreads: Number(p.openThreads ?? 0),
});
