/** Vite's build manifest (`build.manifest`): for each source module, its file, stylesheets and imports. */
export type BuildManifest = Record<string, { file: string; css?: string[]; imports?: string[]; isEntry?: boolean }>;

export interface PageParts {
  locale: string;
  dir: 'ltr' | 'rtl';
  /** the rendered React tree */
  html: string;
  meta: { title: string; description: string } | null;
  /** what the page's loaders returned: the browser hydrates from it */
  hydration: unknown;
  /** ids of the matched routes: public page modules are named after their file (web/src/app/router.tsx) */
  modules: readonly string[];
  /** the page's canonical address */
  url: string;
}

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a <script> block: `<` escaped so that no text of the data can close the block. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The entry script and its module preloads, which Vite's build writes into the template's head. */
const SCRIPT_TAGS = /[ \t]*<script type="module"[^>]*><\/script>\n?|[ \t]*<link rel="modulepreload"[^>]*>\n?/g;

/** The stylesheets and scripts of the page modules, with what they import, in the manifest's order. */
export function pageAssets(manifest: BuildManifest, modules: readonly string[]): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  const visit = (key: string, seen: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    // the entry's own files are in index.html already
    if (!chunk.isEntry) {
      js.add(chunk.file);
      for (const file of chunk.css ?? []) css.add(file);
    }
    for (const imported of chunk.imports ?? []) visit(imported, seen);
  };
  const seen = new Set<string>();
  for (const id of modules) visit(`src/app/routes/${id}.tsx`, seen);
  return { css: [...css], js: [...js] };
}

/**
 * The web app's index.html with a rendered page in it: language and direction, title, description
 * and Open Graph tags, the page modules' stylesheets (so it is styled at first paint), the markup
 * inside #root, the hydration data as a JSON block, and the loader of the app's scripts after them.
 */
export function pageHtml(template: string, manifest: BuildManifest, page: PageParts): string {
  const { css, js } = pageAssets(manifest, page.modules);
  // React writes the page's <title> and its preloads first, for a <head> it does not render here:
  // they move into ours, where the browser finds them and React adopts them when it hydrates.
  const hoisted = /^(?:<title>[\s\S]*?<\/title>|<link [^>]*>|<meta [^>]*>)*/.exec(page.html)?.[0] ?? '';
  const body = page.html.slice(hoisted.length);
  const hasTitle = hoisted.includes('<title>');
  const head: string[] = hoisted ? [hoisted] : [];
  if (page.meta) {
    const title = escapeHtml(page.meta.title);
    const description = escapeHtml(page.meta.description);
    head.push(
      `<meta property="og:type" content="website" />`,
      `<meta property="og:title" content="${title}" />`,
      `<meta property="og:description" content="${description}" />`,
      `<meta property="og:url" content="${escapeHtml(page.url)}" />`,
      `<meta property="og:locale" content="${escapeHtml(page.locale)}" />`,
      `<meta name="twitter:card" content="summary" />`,
    );
  }
  head.push(`<link rel="canonical" href="${escapeHtml(page.url)}" />`);
  for (const file of css) head.push(`<link rel="stylesheet" crossorigin href="/${escapeHtml(file)}" />`);
  // The scripts start once the page is painted (web/public/after-paint.js): the page is whole without
  // them, so a phone spends its first bytes and its first frame on the content, not on 190 kB of
  // scripts (fetched with the document, they put Lighthouse's LCP at 2.5 s instead of 1.3 s).
  const entryModules = [...template.matchAll(SCRIPT_TAGS)].map((match) => /(?:src|href)="([^"]+)"/.exec(match[0])![1]!);
  const modules = [...entryModules, ...js.map((file) => `/${file}`).filter((href) => !entryModules.includes(href))];
  const loader = `<script src="/after-paint.js" data-modules="${escapeHtml(modules.join(' '))}"></script>`;

  let html = template
    .replace(SCRIPT_TAGS, '')
    .replace(/<html[^>]*>/, `<html lang="${escapeHtml(page.locale)}" dir="${page.dir}">`)
    .replace('</head>', () => `    ${head.join('\n    ')}\n  </head>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(
      '<div id="root"></div>',
      () => `<div id="root">${body}</div>\n    <script type="application/json" id="hydration-data">${scriptJson(page.hydration)}</script>\n    ${loader}`,
    );
  // the page's own title (its PageTitle) replaces the app's; the description is the page's
  if (hasTitle) html = html.replace(/\s*<title>[\s\S]*?<\/title>/, '');
  if (page.meta) {
    const { description } = page.meta;
    html = html.replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${escapeHtml(description)}" />`);
  }
  return html;
}
