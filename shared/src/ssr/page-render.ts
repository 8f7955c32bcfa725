import type { Locale } from '../schemas/locale.ts';

/**
 * The contract between the server and the web app's server entry (web/src/entry-server.tsx, built
 * apart and loaded by server/src/http/ssr-pages.ts): one type on both sides keeps them in step.
 */
export interface RenderRequest {
  /** the page's address: path and query */
  url: string;
  /** the site's origin, for the request the loaders see */
  origin: string;
  locale: Locale;
  /** answers the API calls of the page's loaders (the server's own handler, in process) */
  api: typeof fetch;
}

/** A page's title and description: `<title>`, the description and the Open Graph tags. */
export interface PageMeta {
  title: string;
  description: string;
}

/** What the page's loaders returned: the browser hydrates from it instead of fetching again. */
export interface HydrationData {
  loaderData: Record<string, unknown>;
  actionData: Record<string, unknown> | null;
}

export type RenderResult =
  /** the page, its head, its loaders' data and the modules it used (to preload) */
  | { kind: 'page'; html: string; meta: PageMeta | null; hydration: HydrationData; modules: string[] }
  /** a loader redirected */
  | { kind: 'redirect'; status: number; location: string }
  /** not a page to render here (an error, a page not found): the server sends the app as before */
  | { kind: 'skip'; status: number };

/** The server entry's module. */
export interface PageRenderer {
  render(request: RenderRequest): Promise<RenderResult>;
}
