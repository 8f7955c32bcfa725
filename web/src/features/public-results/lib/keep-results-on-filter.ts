import type { ShouldRevalidateFunction } from 'react-router';

/** Filters live in the query string; changing one must not refetch results already on screen. */
export const keepResultsOnFilter: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;
