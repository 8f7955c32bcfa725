import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginBodySchema, type SessionInfo } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { login } from '../api/login.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import styles from './auth-form.module.css';

type Field = 'email' | 'password';

interface Props {
  /** the password is passed on for a step that needs it again (choosing one's own), never kept */
  onDone: (session: SessionInfo, password: string) => void;
  /** an email to start from (the account whose password was just set) */
  defaultEmail?: string;
}

/** Email and password; the first step of every sign-in. */
export function CredentialsForm({ onDone, defaultEmail }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const errorId = useId();
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
      onDone(await login(parsed.data), parsed.data.password);
    } catch (failure) {
      setError(describeAuthError(failure, t, locale));
      setBusy(false);
    }
  }

  return (
    <form className={styles.step} onSubmit={(event) => void submit(event)} noValidate aria-describedby={error ? errorId : undefined}>
      <FormError id={errorId} message={error} />
      <FormField label={t('auth.email')} error={fieldErrors.email}>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" dir="ltr" required defaultValue={defaultEmail} />}
      </FormField>
      <FormField label={t('auth.password')} error={fieldErrors.password}>
        {(control) => <input {...control} name="password" type="password" autoComplete="current-password" required autoFocus={Boolean(defaultEmail)} />}
      </FormField>
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
