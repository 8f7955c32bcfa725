import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, type Locale } from '@gci/shared';
import { FormField } from '../components/form-field/index.tsx';
import { changeLocale } from '../i18n/i18n.ts';
import { useLocale } from '../i18n/use-locale.ts';

/** Each language in its own name, so a reader finds theirs whatever the current language. */
const AUTONYMS: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
};

export function LanguageSwitcher({ className }: { className?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <FormField label={t('language.label')} inline className={className}>
      {(control) => (
        <select
          {...control}
          name="language"
          value={locale}
          onChange={(event) => {
            const next = event.target.value;
            if (isLocale(next)) void changeLocale(next);
          }}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {AUTONYMS[code]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
