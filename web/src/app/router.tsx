import { createBrowserRouter, redirect, type HydrationState, type RouteObject } from 'react-router';
import { Layout, LayoutFallback } from './layout.tsx';
import { RouteError } from './route-error.tsx';

/**
 * One entry per page. Each page is a module in ./routes that exports `Component` and, when it
 * needs data, `loader` (and optionally `ErrorBoundary`, `shouldRevalidate`); `lazy` puts every
 * page in its own chunk, so the public pages never download the analyst workbench.
 * The public pages, which the server renders too, are named after their module (`id`): the server
 * finds their stylesheets and scripts in the build's manifest by that name (server/src/http/ssr-pages.ts).
 */
export const routes: RouteObject[] = [
  {
    Component: Layout,
    HydrateFallback: LayoutFallback,
    children: [
      {
        // Errors of any page render inside the layout, so header and language switcher stay usable.
        ErrorBoundary: RouteError,
        children: [
          { index: true, id: 'home', lazy: () => import('./routes/home.tsx') },
          { path: 'cycles/:year', id: 'cycle-results', lazy: () => import('./routes/cycle-results.tsx') },
          { path: 'cycles/:year/countries/:iso3', id: 'public-country', lazy: () => import('./routes/public-country.tsx') },
          { path: 'cycles/:year/compare', id: 'public-compare', lazy: () => import('./routes/public-compare.tsx') },
          { path: 'cycles/:year/methodology', id: 'public-methodology', lazy: () => import('./routes/public-methodology.tsx') },
          { path: 'cycles/:year/gaps', id: 'public-gaps', lazy: () => import('./routes/public-gaps.tsx') },
          { path: 'practice', lazy: () => import('./routes/practice.tsx') },
          { path: 'login', lazy: () => import('./routes/login.tsx') },
          { path: 'forgot-password', lazy: () => import('./routes/forgot-password.tsx') },
          // The pages of the one-time links the platform mails (the secret is in the address's fragment).
          { path: 'welcome', lazy: () => import('./routes/account-link.tsx') },
          { path: 'reset-password', lazy: () => import('./routes/account-link.tsx') },
          { path: 'setup', lazy: () => import('./routes/account-link.tsx') },
          // Signed-in pages: their loaders redirect to /login?next=… without a session.
          { path: 'assessments', lazy: () => import('./routes/assessments.tsx') },
          { path: 'assessments/:assessmentId', lazy: () => import('./routes/questionnaire.tsx') },
          { path: 'assessments/:assessmentId/review', lazy: () => import('./routes/team-review.tsx') },
          // Review and validation (staff).
          { path: 'review', lazy: () => import('./routes/review-queue.tsx') },
          { path: 'review/:assessmentId', lazy: () => import('./routes/review-assessment.tsx') },
          // Administration: people, cycles, countries, mail and the audit log, under one entry.
          {
            path: 'admin',
            lazy: () => import('./routes/admin-layout.tsx'),
            children: [
              { index: true, loader: () => redirect('/admin/people') },
              { path: 'overview', lazy: () => import('./routes/admin-overview.tsx') },
              { path: 'people', lazy: () => import('./routes/admin-people.tsx') },
              { path: 'audit', lazy: () => import('./routes/admin-audit.tsx') },
              { path: 'cycles', lazy: () => import('./routes/admin-cycles.tsx') },
              { path: 'cycles/:cycleId', lazy: () => import('./routes/admin-cycle.tsx') },
              { path: 'countries', lazy: () => import('./routes/admin-countries.tsx') },
              { path: 'mail', lazy: () => import('./routes/admin-mail.tsx') },
              { path: 'imports', lazy: () => import('./routes/admin-imports.tsx') },
              { path: 'programmes', lazy: () => import('./routes/admin-programmes.tsx') },
            ],
          },
          // From gaps to action: demand and requests (analysts, admins), a country's action plan (its focal points, staff).
          { path: 'planner', lazy: () => import('./routes/planner.tsx') },
          { path: 'planner/:iso3', lazy: () => import('./routes/planner-country.tsx') },
          // A country's team, for its lead focal point.
          { path: 'team', lazy: () => import('./routes/team.tsx') },
          // The analyst workbench: its own chunks (engine, charts, editor), never loaded by public pages.
          {
            path: 'workbench',
            lazy: () => import('./routes/workbench-layout.tsx'),
            children: [
              { index: true, lazy: () => import('./routes/workbench-home.tsx') },
              { path: 'methodologies', lazy: () => import('./routes/workbench-methodologies.tsx') },
              { path: 'methodologies/:versionId', lazy: () => import('./routes/workbench-methodology.tsx') },
              { path: 'methodologies/:versionId/consultation', lazy: () => import('./routes/workbench-consultation.tsx') },
              { path: 'diff', lazy: () => import('./routes/workbench-diff.tsx') },
              { path: 'what-if', lazy: () => import('./routes/workbench-what-if.tsx') },
              { path: 'scenarios/:scenarioId', lazy: () => import('./routes/workbench-scenario.tsx') },
              { path: 'compare', lazy: () => import('./routes/workbench-compare.tsx') },
              { path: 'stability', lazy: () => import('./routes/workbench-stability.tsx') },
              { path: 'cycles', lazy: () => import('./routes/workbench-cycles.tsx') },
              { path: 'backcast', lazy: () => import('./routes/workbench-backcast.tsx') },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
];

/**
 * The browser's router. On a page the server rendered, `hydrationData` holds what its loaders
 * returned there, so the first render matches the HTML instead of fetching it again.
 */
export const createRouter = (hydrationData?: HydrationState) => createBrowserRouter(routes, { hydrationData });
