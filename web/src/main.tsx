import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, type HydrationState } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LocaleSchema } from '@gci/shared';
import { applyStoredChoice, initI18n } from './i18n/i18n.ts';
import { createRouter, routes } from './app/router.tsx';
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
await initI18n(hydrationData ? LocaleSchema.safeParse(document.documentElement.lang).data : undefined);

const app = (router: ReturnType<typeof createRouter>) => (
  <StrictMode>
    <RouterProvider router={router} />
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
  // Not in a transition: time-sliced hydration finished after the page's load event, and a choice made
  // in that moment (a language, a region) was lost (home.test.ts failed under load).
  hydrateRoot(container, app(createRouter(hydrationData)));
  await applyStoredChoice();
} else {
  createRoot(container).render(app(createRouter()));
}
