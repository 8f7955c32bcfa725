import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailSchema } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { Notice } from '../../../components/notice/index.tsx';
import { PageTitle } from '../../../components/page-title/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { formText } from '../../../lib/form-text.ts';
import { requestPasswordReset } from '../api/request-password-reset.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import styles from './sign-in-page.module.css';
import formStyles from './auth-form.module.css';

/**
 * `/forgot-password`: an email, then the same message whatever it was, as the server answers the
 * same way: the page must not tell a stranger who has an account.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = EmailSchema.safeParse(formText(new FormData(event.currentTarget), 'email'));
    setEmailError(email.success ? null : t('auth.errors.email'));
    setError(null);
    if (!email.success) return;
    setBusy(true);
    try {
      await requestPasswordReset(email.data);
      setSentTo(email.data);
    } catch (failure) {
      setError(describeAuthError(failure, t, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.page} aria-labelledby="forgot-title">
      <PageTitle title={t('auth.forgot.title')} />
      <h1 id="forgot-title">{t('auth.forgot.title')}</h1>
      {sentTo ? (
        <Notice tone="success" role="status" data-testid="reset-requested">
          <p>{t('auth.forgot.sent', { email: sentTo })}</p>
        </Notice>
      ) : (
        <form className={formStyles.step} onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('auth.forgot.intro')}</p>
          <FormError message={error} />
          <FormField label={t('auth.email')} error={emailError}>
            {(control) => <input {...control} name="email" type="email" autoComplete="username" dir="ltr" required />}
          </FormField>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('auth.forgot.submit')}
          </Button>
        </form>
      )}
      <p>
        <Link to="/login">{t('auth.forgot.back')}</Link>
      </p>
    </section>
  );
}
