import type { TFunction } from 'i18next';
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
        error={password && (typeof password === 'string' ? t(`auth.newPassword.errors.${password}`) : tooEasyInWords(password, t))}
      >
        {(control) => <input {...control} name="newPassword" type="password" autoComplete="new-password" required />}
      </FormField>
      <FormField label={t('auth.newPassword.confirm')} error={errors.confirmation && t(`auth.newPassword.errors.${errors.confirmation}`)}>
        {(control) => <input {...control} name="confirmation" type="password" autoComplete="new-password" required />}
      </FormField>
    </>
  );
}

/**
 * "Too easy to guess" with zxcvbn's warning and suggestions in the page's language; the server's
 * English message when it sent no keys or a key this app has no words for.
 */
function tooEasyInWords(refusal: Exclude<NewPasswordRefusal, string>, t: TFunction): string {
  const keys = [
    ...(refusal.warning ? [`auth.newPassword.weak.warnings.${refusal.warning}`] : []),
    ...refusal.suggestions.map((key) => `auth.newPassword.weak.suggestions.${key}`),
  ];
  const words = keys.map((key) => t(key, { defaultValue: '' }));
  if (keys.length === 0 || words.some((w) => !w)) return refusal.message;
  return [t('auth.newPassword.weak.intro'), ...words].join(' ');
}
