import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TotpCodeSchema } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { confirmMfaSetup, type ConfirmMfaResponse } from '../api/confirm-mfa-setup.ts';
import { startMfaSetup, type MfaSetup } from '../api/start-mfa-setup.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import { TotpQrCode } from './totp-qr-code.tsx';
import styles from './auth-form.module.css';

/**
 * Staff must use an authenticator app: enrolment shows the otpauth address as a QR code to scan,
 * and the secret and address as text (to type or paste into the app), and is confirmed with a first code.
 */
export function MfaSetupForm({ onDone }: { onDone: (result: ConfirmMfaResponse) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [setup, setSetup] = useState<MfaSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>, step: 'password' | 'second_factor') {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(describeAuthError(failure, t, locale, step));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = TotpCodeSchema.safeParse(new FormData(event.currentTarget).get('code'));
    if (!code.success) return setError(t('auth.errors.codeFormat'));
    await run(async () => onDone(await confirmMfaSetup(code.data)), 'second_factor');
  }

  return (
    <div className={styles.step}>
      <h2>{t('auth.setup.title')}</h2>
      <p>{t('auth.setup.intro')}</p>
      <FormError message={error} />
      {!setup ? (
        <Button variant="primary" disabled={busy} onClick={() => void run(async () => setSetup(await startMfaSetup()), 'second_factor')}>
          {t('auth.setup.start')}
        </Button>
      ) : (
        <form onSubmit={(event) => void confirm(event)} noValidate>
          <TotpQrCode otpauthUrl={setup.otpauthUrl} />
          <dl className={styles.secrets} data-testid="mfa-secrets">
            <dt>{t('auth.setup.secret')}</dt>
            <dd>
              <code data-testid="mfa-secret">{setup.secret}</code>
            </dd>
            <dt>{t('auth.setup.url')}</dt>
            <dd>
              <code className={styles.url}>{setup.otpauthUrl}</code>
            </dd>
          </dl>
          <FormField label={t('auth.setup.code')}>
            {(control) => (
              <input {...control} name="code" autoComplete="one-time-code" inputMode="numeric" maxLength={6} required className={styles.code} dir="ltr" />
            )}
          </FormField>
          <Button type="submit" variant="primary" disabled={busy}>
            {t('auth.setup.confirm')}
          </Button>
        </form>
      )}
    </div>
  );
}
