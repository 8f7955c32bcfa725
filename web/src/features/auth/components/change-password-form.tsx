import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@gci/shared';
import { Button } from '../../../components/button/index.tsx';
import { FormError, FormField } from '../../../components/form-field/index.tsx';
import { useLocale } from '../../../i18n/use-locale.ts';
import { formText } from '../../../lib/form-text.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { changePassword } from '../api/change-password.ts';
import { getSession } from '../api/get-session.ts';
import { describeAuthError } from '../lib/describe-auth-error.ts';
import { checkNewPassword, fieldOf, passwordRefusalOf } from '../lib/new-password.ts';
import { NewPasswordFields, type NewPasswordErrors } from './new-password-fields.tsx';
import styles from './auth-form.module.css';

interface Props {
  /** the password this sign-in just used, not asked again; unknown after a reload */
  usedPassword: string | null;
  onDone: (session: SessionInfo | null) => void;
}

/**
 * The step of an account whose password an administrator set: nothing else works until its owner
 * chooses their own. The server keeps this session (and ends any other), which then becomes active.
 */
export function ChangePasswordForm({ usedPassword, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [askCurrent, setAskCurrent] = useState(usedPassword === null);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const { busy, error, setError, send, onSubmit } = useFormSubmit();

  async function submit(form: FormData) {
    const current = askCurrent ? formText(form, 'currentPassword') : (usedPassword ?? '');
    const password = formText(form, 'newPassword');
    const checked = checkNewPassword(password, formText(form, 'confirmation'));
    setCurrentError(current ? null : t('auth.errors.password'));
    setErrors(checked);
    if (!current || checked.password || checked.confirmation) return;
    try {
      const session = await send(async () => {
        await changePassword(current, password);
        return getSession();
      });
      onDone(session);
    } catch (failure) {
      const field = fieldOf(failure);
      const refusal = passwordRefusalOf(failure, 'newPassword');
      if (field === 'currentPassword') {
        setAskCurrent(true);
        setCurrentError(t('auth.change.wrongCurrent'));
      } else if (refusal) setErrors({ password: refusal });
      else setError(describeAuthError(failure, t, locale, 'second_factor'));
    }
  }

  return (
    <form className={styles.step} onSubmit={onSubmit(submit)} noValidate data-testid="change-password-form">
      <h2>{t('auth.change.title')}</h2>
      <p>{t('auth.change.intro')}</p>
      <FormError message={error} />
      {askCurrent && (
        <FormField label={t('auth.change.current')} error={currentError}>
          {(control) => <input {...control} name="currentPassword" type="password" autoComplete="current-password" required />}
        </FormField>
      )}
      <NewPasswordFields errors={errors} />
      <Button type="submit" variant="primary" disabled={busy}>
        {t('auth.change.submit')}
      </Button>
    </form>
  );
}
