import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, LocaleSchema, type Invitation, type Locale } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { Dialog } from '../../../components/dialog/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { inviteUser } from '../api/invite-user.ts';
import type { CountryOption } from '../lib/country-options.ts';
import { checkInvitation, fieldErrorsOf, type PersonDraft, type PersonErrors } from '../lib/person-form.ts';
import { RoleScopeFields } from './role-scope-fields.tsx';
import styles from './people.module.css';

interface Props {
  countries: readonly CountryOption[];
  /** a lead focal point's team: focal points of this country only, never lead */
  teamCountry: string | null;
  onInvited: (invitation: Invitation) => void;
  onCancel: () => void;
}

/** The invitation: who, in which role and country, and the language of their mail. */
export function InviteDialog({ countries, teamCountry, onInvited, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formId = useId();
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const [draft, setDraft] = useState<PersonDraft>({
    email: '',
    name: '',
    role: teamCountry ? 'focal_point' : 'reviewer',
    country: teamCountry ?? '',
    locale,
    lead: false,
  });
  const [errors, setErrors] = useState<PersonErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PersonDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkInvitation(draft);
    setErrors(checked.ok ? {} : checked.errors);
    setError(null);
    if (!checked.ok) return;
    setBusy(true);
    try {
      onInvited(await inviteUser(checked.body));
    } catch (failure) {
      setBusy(false);
      const fields = fieldErrorsOf(failure);
      if (fields) setErrors(fields);
      else setError(isApiError(failure) && failure.status === 0 ? t('errors.network') : t('people.invite.failed'));
    }
  }

  return (
    <Dialog
      title={t('people.invite.title')}
      onCancel={onCancel}
      testId="invite-dialog"
      actions={
        <>
          <Button type="submit" form={formId} variant="primary" disabled={busy}>
            {t('people.invite.send')}
          </Button>
          <Button onClick={onCancel}>{t('ui.cancel')}</Button>
        </>
      }
    >
      <form id={formId} className={styles.dialogForm} onSubmit={(event) => void submit(event)} noValidate>
        <p className={styles.muted}>{t('people.invite.intro')}</p>
        <FormError message={error} />
        <FormField label={t('people.columns.email')} error={errors.email && t(`people.errors.email.${errors.email}`)} announceError>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              dir="ltr"
              autoComplete="off"
              value={draft.email}
              onChange={(e) => set({ email: e.target.value })}
              autoFocus
            />
          )}
        </FormField>
        <FormField label={t('people.columns.name')} error={errors.name && t('people.errors.name')} announceError>
          {(control) => <input {...control} name="name" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </FormField>
        {teamCountry === null && <RoleScopeFields value={draft} onChange={(scope) => set(scope)} countries={countries} errors={errors} />}
        <FormField label={t('people.invite.language')} hint={t('people.invite.languageHint')} error={errors.locale && t('people.errors.locale')}>
          {(control) => (
            <select
              {...control}
              name="locale"
              value={draft.locale}
              onChange={(e) => set({ locale: LocaleSchema.safeParse(e.target.value).data ?? draft.locale })}
            >
              {LOCALES.map((code: Locale) => (
                <option key={code} value={code}>
                  {languageNames.of(code) ?? code}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </form>
    </Dialog>
  );
}
