import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form-field/index.tsx';
import type { NewPasswordIssue, NewPasswordRefusal } from '../lib/new-password.ts';

export interface NewPasswordErrors {
  password?: NewPasswordIssue | NewPasswordRefusal;
  confirmation?: NewPasswordIssue;
}

/**
 * A new password and its confirmation (`newPassword`, `confirmation` in the form's data). Never
 * `maxLength`: a browser would cut a pasted password short without saying so; the check says it.
 */
export function NewPasswordFields({ errors }: { errors: NewPasswordErrors }) {
  const { t } = useTranslation();
  const password = errors.password;
  return (
    <>
      <FormField
        label={t('auth.newPassword.label')}
        hint={t('auth.newPassword.hint')}
        error={password && (typeof password === 'string' ? t(`auth.newPassword.errors.${password}`) : password.message)}
      >
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required />}
      </FormField>
      <FormField label={t('auth.newPassword.confirm')} error={errors.confirmation && t(`auth.newPassword.errors.${errors.confirmation}`)}>
        {(control) => <input {...control} name="confirmation" type="password" autoComplete="new-password" required />}
      </FormField>
    </>
  );
}
