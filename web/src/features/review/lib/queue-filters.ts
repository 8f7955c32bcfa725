import { AssessmentStatusSchema, Iso3Schema, regionOf, type AssessmentStatus, type CycleSummary, type Region } from '@gci/shared';
import type { QueueQuery } from '../api/get-review-queue.ts';

/** The queue's filters as they stand in the address bar: `?status=&region=&cycle=&due=YYYY-MM-DD&country=`. */
export interface QueueFilters {
  status: AssessmentStatus | null;
  region: Region | null;
  /** a cycle year, 'all', or null for the default (the newest open cycle) */
  cycle: number | 'all' | null;
  /** deadlines on or before this day (UTC), as YYYY-MM-DD */
  due: string | null;
  /** one country's assessments (ISO3) */
  country: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters; a value the API would refuse is ignored rather than failing the page. */
export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const cycle = params.get('cycle');
  const year = Number(cycle);
  const due = params.get('due');
  return {
    status: AssessmentStatusSchema.safeParse(params.get('status')).data ?? null,
    region: regionOf(params.get('region')),
    cycle: cycle === 'all' ? 'all' : Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    due: due && DAY.test(due) && !Number.isNaN(Date.parse(`${due}T00:00:00Z`)) ? due : null,
    country: Iso3Schema.safeParse(params.get('country')).data ?? null,
  };
}

/** The cycle the queue shows by default: the newest open one, else the newest. */
export function defaultCycleYear(cycles: readonly CycleSummary[]): number | null {
  const newest = [...cycles].sort((a, b) => b.year - a.year);
  return (newest.find((c) => c.status === 'open') ?? newest[0])?.year ?? null;
}

/** The API query for the filters; "on or before day D" is "before the start of D + 1" in UTC. */
export function toQueueQuery(filters: QueueFilters, defaultCycle: number | null): QueueQuery {
  const cycle = filters.cycle === 'all' ? undefined : (filters.cycle ?? defaultCycle ?? undefined);
  const query: QueueQuery = {};
  if (filters.status) query.status = filters.status;
  if (filters.region) query.region = filters.region;
  if (cycle !== undefined) query.cycle = cycle;
  if (filters.due) query.dueBefore = new Date(Date.parse(`${filters.due}T00:00:00Z`) + 86_400_000).toISOString();
  if (filters.country) query.country = filters.country;
  return query;
}

/** The address-bar form of the filters, without empty values. */
export function toSearchParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.region) params.set('region', filters.region);
  if (filters.cycle !== null) params.set('cycle', String(filters.cycle));
  if (filters.due) params.set('due', filters.due);
  if (filters.country) params.set('country', filters.country);
  return params;
}
