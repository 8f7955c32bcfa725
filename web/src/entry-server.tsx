/**
 * The public pages rendered on the server (built by `vite build --ssr`, loaded by
 * server/src/http/ssr-pages.ts): the same routes, loaders and components as in the browser, so a
 * page arrives as HTML with its content — tiers, names, scores, pillar charts as SVG — readable
 * before any script runs, then hydrates into the same React tree (main.tsx).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { RenderRequest, RenderResult } from '@gci/shared';
import { routes } from './app/router.tsx';
import { isMetaHandle } from './app/page-meta.ts';
import { serverI18n } from './i18n/server-i18n.ts';
import { setApiTransport } from './lib/api-client.ts';

const handler = createStaticHandler(routes);

export async function render({ url, origin, locale, api }: RenderRequest): Promise<RenderResult> {
  // Every page rendered here is public: its calls carry no cookie and reach the server in process.
  setApiTransport(api);
  const context = await handler.query(new Request(new URL(url, origin)));
  if (context instanceof Response) {
    const location = context.headers.get('location');
    return location ? { kind: 'redirect', status: context.status, location } : { kind: 'skip', status: context.status };
  }
  if (context.errors || context.statusCode !== 200) return { kind: 'skip', status: context.statusCode };

  const i18n = await serverI18n(locale);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {/* the hydration data goes in a JSON block (see HydrationData), not an inline script the CSP forbids */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </I18nextProvider>
    </StrictMode>,
  );
  const deepest = [...context.matches].reverse().find((m) => isMetaHandle(m.route.handle));
  const meta =
    deepest && isMetaHandle(deepest.route.handle) ? deepest.route.handle.meta(context.loaderData[deepest.route.id], i18n.t.bind(i18n), locale) : null;
  const hydration = { loaderData: context.loaderData, actionData: context.actionData };
  // the matched routes' ids name their modules: the server links their stylesheets and scripts
  return { kind: 'page', html, meta, hydration, modules: context.matches.map((m) => m.route.id) };
}
