import { describe, expect, it } from 'vitest';
import { pageAssets, pageHtml, type BuildManifest } from './page-html.ts';

const MANIFEST: BuildManifest = {
  'index.html': { file: 'assets/index.js', css: ['assets/index.css'], imports: ['_framework.js'], isEntry: true },
  '_framework.js': { file: 'assets/framework.js' },
  'src/app/routes/public-country.tsx': { file: 'assets/public-country.js', css: ['assets/profile.css'], imports: ['_chart.js', '_framework.js'] },
  '_chart.js': { file: 'assets/chart.js', css: ['assets/chart.css'], imports: ['_framework.js'] },
};

const TEMPLATE = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta name="description" content="The app." />
    <title>App</title>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Needs JavaScript.</noscript>
  </body>
</html>`;

const DEFAULTS: Parameters<typeof pageHtml>[2] = {
  locale: 'fr',
  dir: 'ltr',
  html: '<title>Kenya · GCI</title><link rel="preload" as="image" href="/x.svg"/><h1>Kenya</h1>',
  meta: { title: 'Kenya: Tier 2', description: 'Kenya is in "Tier 2" <of> GCI' },
  hydration: { loaderData: { 'public-country': { name: '</script><script>alert(1)</script>' } } },
  modules: ['0', 'public-country'],
  url: 'https://gci.example.org/cycles/2024/countries/KEN',
};
const page = (overrides: Partial<Parameters<typeof pageHtml>[2]> = {}) => pageHtml(TEMPLATE, MANIFEST, { ...DEFAULTS, ...overrides });

describe('a rendered page in the app’s index.html', () => {
  it('links the page module’s stylesheets and scripts with what they import, not the entry’s', () => {
    expect(pageAssets(MANIFEST, ['0', 'public-country'])).toEqual({
      css: ['assets/profile.css', 'assets/chart.css'],
      js: ['assets/public-country.js', 'assets/chart.js', 'assets/framework.js'],
    });
  });

  it('moves React’s title and preloads into the head, keeps one title, and escapes the description', () => {
    const html = page();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<title>Kenya · GCI</title>');
    expect(head).toContain('<link rel="preload" as="image" href="/x.svg"/>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<div id="root"><h1>Kenya</h1></div>');
    expect(html).toContain('<meta name="description" content="Kenya is in &quot;Tier 2&quot; &lt;of&gt; GCI" />');
    expect(head).toContain('<meta property="og:title" content="Kenya: Tier 2" />');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).not.toContain('<noscript>');
  });

  it('keeps the hydration data inside its block whatever text it holds', () => {
    const html = page();
    const block = /<script type="application\/json" id="hydration-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(block!)).toEqual({ loaderData: { 'public-country': { name: '</script><script>alert(1)</script>' } } });
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script type="application/json" id="hydration-data">',
      expect.stringMatching(/^<script src="\/after-paint\.js"/),
    ]);
  });

  it('starts the scripts after the content, once painted: the entry first, then what the entry and the page import, each once', () => {
    const built = TEMPLATE.replace(
      '  </head>',
      `    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework.js">
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </head>`,
    );
    const html = pageHtml(built, MANIFEST, DEFAULTS);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<script|modulepreload/);
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css">');
    const loader = /<script src="\/after-paint\.js" data-modules="([^"]*)"><\/script>/.exec(html);
    expect(loader?.[1]?.split(' ')).toEqual(['/assets/index.js', '/assets/framework.js', '/assets/public-country.js', '/assets/chart.js']);
    // after the page's markup and its data
    expect(loader!.index).toBeGreaterThan(html.indexOf('id="hydration-data"'));
  });

  it('keeps the app’s title when the page renders none', () => {
    const html = page({ html: '<h1>Kenya</h1>', meta: null });
    expect(html).toContain('<title>App</title>');
    expect(html).toContain('<meta name="description" content="The app." />');
    expect(html).not.toContain('og:title');
  });
});
