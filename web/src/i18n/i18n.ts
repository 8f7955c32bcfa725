import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, isLocale, isRtl, type Locale } from '@gci/shared';
import en from '../locales/en.json';

export type Messages = typeof en;

const STORAGE_KEY = 'gci.locale';
/** The same choice, for the server: it renders public pages in the reader's language (server/src/http/ssr-pages.ts). */
const COOKIE = 'gci.locale';

// English is bundled as the fallback; the other languages are fetched when chosen.
const loaders = import.meta.glob<Messages>(['../locales/*.json', '!../locales/en.json'], { import: 'default' });

async function loadMessages(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  const load = loaders[`../locales/${locale}.json`];
  if (!load) throw new Error(`No messages for locale ${locale}`);
  i18next.addResourceBundle(locale, 'translation', await load());
}

function storedLocale(): Locale | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // storage can be disabled (privacy settings); the choice is then per visit
  }
}

/** The stored choice, else the first browser language we support, else English. */
function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

function applyToDocument(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = isRtl(locale) ? 'rtl' : 'ltr';
}

function rememberForServer(locale: Locale): void {
  document.cookie = `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Loads the interface language before the first render. `rendered` is the language the server
 * wrote the page in: the page hydrates in it (React needs the same text), and a different stored
 * choice is applied just after, by `applyStoredChoice`.
 */
export async function initI18n(rendered?: Locale): Promise<void> {
  const locale = rendered ?? initialLocale();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    if (isLocale(lng)) applyToDocument(lng);
  });
  // a rendered page already says its language and direction: not flipped to English while loading
  if (!rendered) applyToDocument('en');
  if (locale === 'en') return;
  // the server's language is shown, not chosen: the stored choice stays as it is
  if (rendered) await showLocale(locale).catch(() => undefined);
  else await changeLocale(locale).catch(() => undefined);
}

/** Counts the languages asked for: the last one asked wins, whichever messages arrive first. */
let requests = 0;

/** Shows `locale` once its messages are loaded; false when another language was asked for meanwhile. */
async function showLocale(locale: Locale): Promise<boolean> {
  const request = ++requests;
  await loadMessages(locale);
  if (request !== requests) return false;
  await i18next.changeLanguage(locale);
  return true;
}

/** After hydrating a server-rendered page: switches to this browser's own choice if it differs. */
export async function applyStoredChoice(): Promise<void> {
  const stored = storedLocale();
  if (stored && stored !== i18next.resolvedLanguage) await changeLocale(stored).catch(() => undefined);
  else if (stored) rememberForServer(stored);
}

/** Switches the UI language and remembers the choice in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  if (!(await showLocale(locale))) return;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // see storedLocale
  }
  rememberForServer(locale);
}
