import i18next from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

await i18next.use(initReactI18next).init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });

/** A component's first render as HTML, in English, without a browser: for markup and ARIA checks. */
export const renderMarkup = (element: ReactElement): string => renderToStaticMarkup(element);
