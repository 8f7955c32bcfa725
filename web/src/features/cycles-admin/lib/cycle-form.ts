import { NewCycleBodySchema, type NewCycleBody } from '@gci/shared';

/** The create form as typed: dates as YYYY-MM-DD (UTC days), reminder days as "14, 7, 1". */
export interface CycleFormState {
  year: string;
  name: string;
  methodologyVersionId: string;
  opensOn: string;
  closesOn: string;
  validationEndsOn: string;
  reminderDays: string;
  participants: readonly string[];
}

/** The fields that can be at fault, by the name the API gives them (`body.<field>`). */
export const CYCLE_FIELDS = ['year', 'name', 'methodologyVersionId', 'opensAt', 'closesAt', 'validationClosesAt', 'reminderDays', 'participants'] as const;
export type CycleField = (typeof CYCLE_FIELDS)[number];

export const emptyCycleForm = (year: number, methodologyVersionId = ''): CycleFormState => ({
  year: String(year),
  name: '',
  methodologyVersionId,
  opensOn: '',
  closesOn: '',
  validationEndsOn: '',
  reminderDays: '14, 7, 1',
  participants: [],
});

/** A cycle opens at the start of its first day and closes (and ends validation) at the end of its last, in UTC. */
const startOf = (day: string) => (day ? `${day}T00:00:00Z` : '');
const endOf = (day: string) => (day ? `${day}T23:59:59Z` : '');

const parseDays = (text: string): number[] =>
  text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));

/** `body.participants.0` → `participants`; null for a field the form does not have. */
export function formFieldOf(apiField: string | undefined): CycleField | null {
  const name = apiField?.split('.')[1];
  return CYCLE_FIELDS.find((f) => f === name) ?? null;
}

/** The request body, checked with the route's own schema: the first field at fault, or the body to send. */
export function toNewCycleBody(state: CycleFormState): { ok: true; body: NewCycleBody } | { ok: false; field: CycleField } {
  const candidate = {
    year: state.year.trim() === '' ? Number.NaN : Number(state.year),
    name: state.name,
    methodologyVersionId: state.methodologyVersionId,
    opensAt: startOf(state.opensOn),
    closesAt: endOf(state.closesOn),
    validationClosesAt: endOf(state.validationEndsOn),
    reminderDays: parseDays(state.reminderDays),
    participants: [...state.participants],
  };
  const parsed = NewCycleBodySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, body: parsed.data };
  const field = CYCLE_FIELDS.find((f) => parsed.error.issues.some((issue) => issue.path[0] === f));
  return { ok: false, field: field ?? 'year' };
}
