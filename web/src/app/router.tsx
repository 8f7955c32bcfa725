import { createBrowserRouter } from 'react-router';
import { Layout, LayoutFallback } from './layout.tsx';
import { RouteError } from './route-error.tsx';

/**
 * One entry per page. Each page is a module in ./routes that exports `Component` and, when it
 * needs data, `loader` (and optionally `ErrorBoundary`, `shouldRevalidate`); `lazy` puts every
 * page in its own chunk, so the public pages never download the analyst workbench.
 */
export const router = createBrowserRouter([
  {
    Component: Layout,
    HydrateFallback: LayoutFallback,
    children: [
      {
        // Errors of any page render inside the layout, so header and language switcher stay usable.
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('./routes/home.tsx') },
          { path: 'cycles/:year', lazy: () => import('./routes/cycle-results.tsx') },
          { path: '*', lazy: () => import('./routes/not-found.tsx') },
        ],
      },
    ],
  },
]);
