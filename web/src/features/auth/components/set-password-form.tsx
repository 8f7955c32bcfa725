import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmailSchema, StorableTextSchema } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formText } from '../../../lib/form-text.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { redeemAccountLink, type AccountLink } from '../api/account-link.ts';
import { logout } from '../api/logout.ts';
import { checkNewPassword, fieldOf, passwordRefusalOf } from '../lib/new-password.ts';
import { setSession } from '../lib/session-store.ts';
import type { SignInNotice } from '../lib/sign-in-notice.ts';
import { NewPasswordFields, type NewPasswordErrors } from './new-password-fields.tsx';
import formStyles from './auth-form.module.css';

/** the first admin's own email and name (setup links only) */
interface AdminErrors {
  email?: 'invalid' | 'taken';
  name?: true;
}

const NameSchema = StorableTextSchema.trim().min(1).max(200);

interface Props {
  token: string;
  link: AccountLink;
  /** the link stopped working meanwhile (410) */
  onGone: () => void;
}

/**
 * The password (and, for the first admin's setup, their email and name) set through a link. Then
 * to the sign-in page, with the email filled in; any session this browser held is ended first, since
 * a reset ends the account's sessions anyway and the new password is to be used now.
 */
export function SetPasswordForm({ token, link, onGone }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isSetup = link.purpose === 'setup';
  const [adminErrors, setAdminErrors] = useState<AdminErrors>({});
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const { busy, error, setError, send, onSubmit } = useFormSubmit();

  async function submit(form: FormData) {
    const password = formText(form, 'newPassword');
    const checked = checkNewPassword(password, formText(form, 'confirmation'));
    const email = EmailSchema.safeParse(formText(form, 'email'));
    const name = NameSchema.safeParse(formText(form, 'name'));
    const admin: AdminErrors = isSetup ? { email: email.success ? undefined : 'invalid', name: name.success ? undefined : true } : {};
    setErrors(checked);
    setAdminErrors(admin);
    if (checked.password || checked.confirmation || admin.email || admin.name) return;
    try {
      await send(() => redeemAccountLink({ token, password, ...(isSetup ? { email: email.data, name: name.data } : {}) }));
      await logout().catch(() => undefined); // nobody signed in: nothing to end
      setSession(null);
      const notice: SignInNotice = { notice: 'password_set', email: link.email ?? email.data ?? null };
      await navigate('/login', { replace: true, state: notice });
    } catch (failure) {
      const field = fieldOf(failure);
      const refusal = passwordRefusalOf(failure, 'password');
      if (isApiError(failure) && failure.status === 410) onGone();
      else if (isApiError(failure) && failure.status === 409) setAdminErrors({ email: 'taken' });
      else if (refusal) setErrors({ password: refusal });
      else if (field === 'email') setAdminErrors({ email: 'invalid' });
      else if (field === 'name') setAdminErrors({ name: true });
      else setError(isApiError(failure) && failure.status === 0 ? t('errors.network') : t('auth.link.redeemFailed'));
    }
  }

  return (
    <form className={formStyles.step} onSubmit={onSubmit(submit)} noValidate data-testid="set-password-form">
      <FormError message={error} />
      {isSetup && (
        <>
          <FormField label={t('auth.email')} error={adminErrors.email && t(`auth.link.errors.${adminErrors.email}Email`)}>
            {(control) => <input {...control} name="email" type="email" autoComplete="username" dir="ltr" required />}
          </FormField>
          <FormField label={t('auth.link.name')} error={adminErrors.name && t('auth.link.errors.name')}>
            {(control) => <input {...control} name="name" autoComplete="name" required />}
          </FormField>
        </>
      )}
      {/* for password managers: whose password this is */}
      {link.email && <input type="hidden" name="username" autoComplete="username" value={link.email} />}
      <NewPasswordFields errors={errors} />
      <Button type="submit" variant="primary" disabled={busy}>
        {t(`auth.link.submit.${link.purpose}`)}
      </Button>
    </form>
  );
}
