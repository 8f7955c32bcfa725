import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MfaBodySchema, type SessionInfo } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { verifyMfa } from '../api/verify-mfa.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import styles from './auth-form.module.css';
import { formText } from '../../../lib/form-text.ts';

/** The second step for an account with an authenticator: a 6-digit code, or one of the recovery codes. */
export function MfaCodeForm({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entered = formText(new FormData(event.currentTarget), 'code');
    const parsed = MfaBodySchema.safeParse(useRecovery ? { recoveryCode: entered } : { code: entered });
    if (!parsed.success) {
      setError(useRecovery ? t('auth.errors.badRecoveryCode') : t('auth.errors.codeFormat'));
      return;
    }
    setBusy(true);
    try {
      const { code, recoveryCode } = parsed.data;
      onDone(await verifyMfa(recoveryCode ? { recoveryCode } : { code: code ?? '' }));
    } catch (failure) {
      setError(describeAuthError(failure, t, locale, 'second_factor'));
      setBusy(false);
    }
  }

  return (
    <form className={styles.step} onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('auth.mfa.title')}</h2>
      <p>{useRecovery ? t('auth.mfa.recoveryIntro') : t('auth.mfa.codeIntro')}</p>
      <FormError message={error} />
      <FormField label={useRecovery ? t('auth.mfa.recoveryCode') : t('auth.mfa.code')}>
        {(control) => (
          <input
            {...control}
            key={useRecovery ? 'recovery' : 'totp'}
            name="code"
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            maxLength={useRecovery ? 40 : 6}
            spellCheck={false}
            required
            className={styles.code}
            dir="ltr"
          />
        )}
      </FormField>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={busy}>
          {t('auth.mfa.verify')}
        </Button>
        <Button
          variant="link"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setError(null);
          }}
        >
          {useRecovery ? t('auth.mfa.useApp') : t('auth.mfa.useRecovery')}
        </Button>
      </div>
    </form>
  );
}
