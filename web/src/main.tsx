import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, type HydrationState } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { isLocale } from '@gci/shared';
import { applyStoredChoice, initI18n } from './i18n/i18n.ts';
import { createRouter, routes } from './app/router.tsx';
import { keepEarlyChoices } from './app/early-choices.ts';
import './styles/tokens.css';
import './styles/base.css';
// The features not yet moved to CSS modules (questionnaire, review, workbench).
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A public page the server rendered (entry-server.tsx) carries what its loaders returned.
const hydrationBlock = document.getElementById('hydration-data');
const hydrationData = hydrationBlock ? (JSON.parse(hydrationBlock.textContent ?? '') as HydrationState) : undefined;

// The stored language is loaded before the first render, so the page never flashes in English; a
// rendered page first hydrates in the language the server wrote it in.
const renderedLang = document.documentElement.lang;
await initI18n(hydrationData && isLocale(renderedLang) ? renderedLang : undefined);

/** Runs `then` once, after React's first commit: for a rendered page, when hydration is done. */
function AfterFirstCommit({ then, children }: { then: () => void; children: ReactNode }) {
  useEffect(then, [then]);
  return children;
}

const app = (router: ReturnType<typeof createRouter>, afterFirstCommit: () => void = () => undefined) => (
  <StrictMode>
    <AfterFirstCommit then={afterFirstCommit}>
      <RouterProvider router={router} />
    </AfterFirstCommit>
  </StrictMode>
);

if (hydrationData) {
  // The rendered page's route modules are loaded before hydrating, so its first render is complete.
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
  // In a transition React hydrates in slices and lets the browser answer in between: otherwise the
  // whole page (two hundred countries) is one long task a phone cannot interrupt. React hydrates at once
  // what a visitor touches meanwhile; early-choices.ts keeps what they pick in a select, and this
  // browser's stored language is applied once hydrated, not under React.
  const earlyChoicesHydrated = keepEarlyChoices(container);
  let hydrated = false;
  const afterHydration = () => {
    if (hydrated) return; // StrictMode runs effects twice in development
    hydrated = true;
    // in this order: a language picked while the page loaded is asked for last, so it wins
    void applyStoredChoice();
    earlyChoicesHydrated();
  };
  startTransition(() => {
    hydrateRoot(container, app(createRouter(hydrationData), afterHydration));
  });
} else {
  createRoot(container).render(app(createRouter()));
}
