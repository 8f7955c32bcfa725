import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useRevalidator, type ShouldRevalidateFunction } from 'react-router';
import type { Locale } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';

/**
 * `refresh()` runs the page's loader again (after a change made on the page). The questionnaire
 * texts come from the API in one language, so switching language reads the page again too.
 */
export function useLoaderRefresh(loadedLang: Locale): () => Promise<void> {
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  useLayoutEffect(() => {
    latest.current = revalidator;
  });
  const locale = useLocale();
  useEffect(() => {
    if (locale !== loadedLang) void latest.current.revalidate();
  }, [locale, loadedLang]);
  return useCallback(() => latest.current.revalidate(), []);
}

/** Moving between pillars (`?pillar=`) only changes what is shown: the page already holds everything. */
export const keepDataOnSearchChange: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;
