import { AuditQuerySchema } from '@gci/shared';
import { ASSESSMENT_STEP_EVENTS } from '../../../lib/assessment-events.ts';

/** The filters as they stand in the address bar: `?user=<id>&country=KEN&action=assessment.&from=YYYY-MM-DD&to=YYYY-MM-DD`. */
export interface AuditFilters {
  user: string;
  country: string;
  action: string;
  /** first day included (UTC) */
  from: string;
  /** last day included (UTC) */
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const startOf = (day: string) => `${day}T00:00:00.000Z`;
const startOfNext = (day: string) => new Date(Date.parse(startOf(day)) + 86_400_000).toISOString();

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) && !Number.isNaN(Date.parse(startOf(value))) ? value : '';
  };
  return {
    user: params.get('user') ?? '',
    country: (params.get('country') ?? '').toUpperCase(),
    action: params.get('action') ?? '',
    from: day('from'),
    to: day('to'),
  };
}

/** The API query for the filters, checked with the shared schema; `field` names a filter the API would refuse. */
export function toAuditQuery(filters: AuditFilters): { ok: true; search: URLSearchParams } | { ok: false; field: keyof AuditFilters } {
  const query = {
    user: filters.user || undefined,
    country: filters.country || undefined,
    action: filters.action.trim() || undefined,
    from: filters.from ? startOf(filters.from) : undefined,
    to: filters.to ? startOfNext(filters.to) : undefined,
  };
  const parsed = AuditQuerySchema.safeParse(query);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, field: field === 'user' || field === 'country' || field === 'action' || field === 'from' || field === 'to' ? field : 'action' };
  }
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  return { ok: true, search };
}

/** The address-bar form of the filters, without empty values. */
export function toSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(filters) as (keyof AuditFilters)[]) if (filters[key]) params.set(key, filters[key]);
  return params;
}

/** Prefixes the log uses; the action filter matches the start of the action name. */
export const ACTION_SUGGESTIONS = [
  'assessment.',
  ...ASSESSMENT_STEP_EVENTS,
  'assessment.deadline',
  'answer.corrected',
  'comment.',
  'methodology.',
  'consultation.',
  'cycle.',
  'country.',
  'user.',
  'auth.',
  'mail.',
  'scenario.saved',
];
