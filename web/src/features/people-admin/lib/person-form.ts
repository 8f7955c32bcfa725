import { InviteUserBodySchema, type InviteUserBody, type Locale, type Role } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';

/** The fields of the invitation and edit forms that an error can point at. */
export const PERSON_FIELDS = ['email', 'name', 'role', 'country', 'locale', 'lead', 'disabled'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
/** invalid: the value is refused; taken: the email has an account already (409) */
export type PersonErrors = Partial<Record<PersonField, 'invalid' | 'taken'>>;

export interface PersonDraft {
  email: string;
  name: string;
  role: Role;
  /** '' when none */
  country: string;
  locale: Locale;
  lead: boolean;
}

const asField = (name: unknown): PersonField | null => ((PERSON_FIELDS as readonly unknown[]).includes(name) ? (name as PersonField) : null);

/** Only a focal point has a country and may be lead: other roles send neither, whatever the form still holds. */
export function scopeOf(draft: Pick<PersonDraft, 'role' | 'country' | 'lead'>): { country: string | null; lead: boolean } {
  return draft.role === 'focal_point' ? { country: draft.country || null, lead: draft.lead } : { country: null, lead: false };
}

/** The invitation as the API takes it, checked with the route's own schema: the fields it would refuse, before sending. */
export function checkInvitation(draft: PersonDraft): { ok: true; body: InviteUserBody } | { ok: false; errors: PersonErrors } {
  const parsed = InviteUserBodySchema.safeParse({ email: draft.email, name: draft.name, role: draft.role, locale: draft.locale, ...scopeOf(draft) });
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors: PersonErrors = {};
  for (const issue of parsed.error.issues) {
    const field = asField(issue.path[0]);
    if (field) errors[field] = 'invalid';
  }
  return { ok: false, errors };
}

/** The field a refusal of the server points at: a 400's `body.<field>`, or the email for a 409 (an account exists); null otherwise. */
export function fieldErrorsOf(error: unknown): PersonErrors | null {
  if (!isApiError(error)) return null;
  if (error.status === 409 && error.code === 'conflict') return { email: 'taken' };
  const field = error.status === 400 ? asField(error.field?.replace(/^body\./, '').split('.')[0]) : null;
  return field ? { [field]: 'invalid' } : null;
}
