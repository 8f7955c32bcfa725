import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@gci/shared';

// On the server every language is at hand: pages are rendered in whichever the reader uses.
const bundles = import.meta.glob<Record<string, unknown>>('../locales/*.json', { import: 'default' });
const messagesOf = async (locale: Locale) => (await bundles[`../locales/${locale}.json`]?.()) ?? {};

const instances = new Map<Locale, Promise<i18n>>();

/** One i18next instance per language, made once and shared by every page rendered in it. */
export function serverI18n(locale: Locale): Promise<i18n> {
  let instance = instances.get(locale);
  if (!instance) {
    const created = i18next.createInstance();
    instance = Promise.all([messagesOf('en'), messagesOf(locale)])
      .then(([en, messages]) =>
        created.use(initReactI18next).init({
          resources: { en: { translation: en }, [locale]: { translation: messages } },
          lng: locale,
          fallbackLng: 'en',
          supportedLngs: [...LOCALES],
          interpolation: { escapeValue: false }, // React escapes
          returnNull: false,
          react: { useSuspense: false },
        }),
      )
      .then(() => created);
    instances.set(locale, instance);
  }
  return instance;
}
