import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginBodySchema, type SessionInfo } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';
import { login } from '../api/login.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import { FormError } from './form-error.tsx';

type Field = 'email' | 'password';

/** Email and password; the first step of every sign-in. */
export function CredentialsForm({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = LoginBodySchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setFieldErrors({
        email: fields.has('email') ? t('auth.errors.email') : undefined,
        password: fields.has('password') ? t('auth.errors.password') : undefined,
      });
      setError(null);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      onDone(await login(parsed.data));
    } catch (failure) {
      setError(describeAuthError(failure, t, locale));
      setBusy(false);
    }
  }

  const described = (field: Field) => (fieldErrors[field] ? `${id}-${field}-error` : undefined);
  return (
    <form className="auth-form" onSubmit={(event) => void submit(event)} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      <FormError id={`${id}-error`} message={error} />
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          dir="ltr"
          required
          aria-invalid={Boolean(fieldErrors.email)}
          aria-describedby={described('email')}
        />
        {fieldErrors.email && <p id={described('email')} className="field-error">{fieldErrors.email}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(fieldErrors.password)}
          aria-describedby={described('password')}
        />
        {fieldErrors.password && <p id={described('password')} className="field-error">{fieldErrors.password}</p>}
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  );
}
