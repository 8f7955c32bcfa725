import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CycleResultsSchema, type CycleResults } from '@gci/shared';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

// The shapes the map draws: world-atlas ids are zero-padded ISO numeric codes (a few have none).
const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as {
  objects: { countries: { geometries: { id?: string }[] } };
};
const ATLAS_IDS = new Set(atlas.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : [])));

const PUBLIC_PAGES = {
  landing: '/',
  profile: '/cycles/2024/countries/KEN',
  compare: '/cycles/2024/compare?countries=BRA,FRA,KEN',
  methodology: '/cycles/2024/methodology',
  gaps: '/cycles/2024/gaps?indicator=legal.cybercrime&region=africa',
} as const;

describe.skipIf(!hasChromium)('public results pages', () => {
  let server: RunningServer;
  let browser: Browser;
  let results: CycleResults;
  const contexts: BrowserContext[] = [];
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const response = await fetch(`${server.url}/api/public/cycles/2024/results`);
    results = CycleResultsSchema.parse(await response.json());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(async () => {
    while (contexts.length) await contexts.pop()?.close();
    expect(pageErrors).toEqual([]);
    pageErrors = [];
  });

  async function open(path: string, locale = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    return page;
  }

  async function openLanding(locale?: string): Promise<Page> {
    const page = await open('/', locale);
    await page.locator('path[data-iso3]').first().waitFor();
    return page;
  }

  it('colours every assessed country by its tier, small states as discs, and greys the rest', async () => {
    const page = await openLanding();
    const drawn = await page.$$eval('path[data-iso3]', (paths) =>
      paths.map((p) => ({
        iso3: p.getAttribute('data-iso3'),
        tier: p.getAttribute('data-tier'),
        fill: getComputedStyle(p).fill,
        label: p.getAttribute('aria-label'),
        marker: p.hasAttribute('data-marker'),
      })),
    );
    const expected = results.countries;
    expect(expected.length).toBeGreaterThan(150);
    expect(drawn.map((d) => d.iso3).toSorted()).toEqual(expected.map((c) => c.iso3).toSorted());
    // the states the 110 m atlas has no shape for are the discs
    const small = expected.filter((c) => !ATLAS_IDS.has(c.numeric)).map((c) => c.iso3);
    expect(small).toEqual(expect.arrayContaining(['AND', 'SGP', 'TUV', 'VAT']));
    expect(
      drawn
        .filter((d) => d.marker)
        .map((d) => d.iso3)
        .toSorted(),
    ).toEqual(small.toSorted());
    const grey = await page.$eval('[data-testid="map-blank"] path', (p) => getComputedStyle(p).fill);
    const tierFill = new Map<string, string>();
    for (const d of drawn) {
      const country = expected.find((c) => c.iso3 === d.iso3)!;
      expect(d.tier, d.iso3!).toBe(String(country.tier));
      expect(d.fill, d.iso3!).not.toBe(grey);
      expect(d.label).toContain(`Tier ${country.tier}`);
      // one colour per tier
      expect(tierFill.get(d.tier!) ?? d.fill).toBe(d.fill);
      tierFill.set(d.tier!, d.fill);
    }
    expect(new Set(tierFill.values()).size).toBe(5);
    // the legend counts each tier's countries and pairs every colour with the tier's number and name
    const legend = await page.locator('[data-testid="map-legend"] li[data-tier]').allInnerTexts();
    for (const tier of [1, 2, 3, 4, 5]) {
      const count = results.countries.filter((c) => c.tier === tier).length;
      expect(legend[tier - 1]).toMatch(new RegExp(`Tier ${tier}[\\s\\S]*${count} countries`));
    }
  });

  it('reaches a country on the map with the keyboard, tells its tier, and opens its profile with Enter', async () => {
    const page = await openLanding();
    let focused: string | null = null;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? null);
    }
    expect(focused).not.toBeNull();
    const country = results.countries.find((c) => c.iso3 === focused)!;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('link');
    const tooltip = page.getByTestId('map-tooltip');
    expect(await tooltip.innerText()).toContain(country.names.en);
    expect(await tooltip.innerText()).toContain(`Tier ${country.tier}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cycles/2024/countries/${focused}`);
    await page.locator('h1', { hasText: country.names.en }).waitFor();
    expect(await page.locator('tr[data-pillar]').count()).toBe(5);
  });

  it('reaches a small state drawn as a disc with the keyboard, in alphabetical place, and opens its profile', async () => {
    const page = await openLanding();
    // the first country of the alphabet too small for the 110 m atlas, and how many shapes come before it
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const sorted = results.countries.toSorted((a, b) => collator.compare(a.names.en, b.names.en));
    const small = sorted.find((c) => !ATLAS_IDS.has(c.numeric))!;
    const before = sorted.indexOf(small);
    const firstOnMap = sorted[0]!;
    let focused: string | null = null;
    for (let i = 0; i < 60 && focused !== firstOnMap.iso3; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3') ?? null);
    }
    expect(focused).toBe(firstOnMap.iso3);
    for (let i = 0; i < before; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'))).toBe(small.iso3);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-marker'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain(`${small.names.en}: Tier ${small.tier}`);
    expect(await page.getByTestId('map-tooltip').innerText()).toContain(small.names.en);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cycles/2024/countries/${small.iso3}`);
    await page.locator('h1', { hasText: small.names.en }).waitFor();
  });

  it('says under the map that its boundaries and names imply no endorsement, in the reader’s language', async () => {
    const en = await openLanding();
    expect(await en.getByTestId('map-disclaimer').innerText()).toMatch(/do not imply official endorsement or acceptance/);
    const fr = await openLanding('fr-FR');
    expect(await fr.getByTestId('map-disclaimer').innerText()).toMatch(/n’impliquent ni reconnaissance ni acceptation/);
  });

  it('shows the name and tier when the pointer rests on a country', async () => {
    const page = await openLanding();
    await page.hover('path[data-iso3="BRA"]');
    const brazil = results.countries.find((c) => c.iso3 === 'BRA')!;
    expect(await page.getByTestId('map-tooltip').innerText()).toMatch(new RegExp(`Brazil[\\s\\S]*Tier ${brazil.tier}`));
  });

  it('links every country of the tier lists to its profile, and filters the map by region', async () => {
    const page = await openLanding();
    expect(await page.locator('section[data-tier] li[data-iso3] a').count()).toBe(results.countries.length);
    await page.locator('select[name="region"]').selectOption('africa');
    await page.waitForURL(/region=africa/);
    // the map follows the lists in a deferred render
    await page.waitForFunction(() => document.querySelectorAll('path[data-iso3]').length < 60);
    const onMap = await page.$$eval('path[data-iso3]', (paths) => paths.map((p) => p.getAttribute('data-iso3')));
    const african = new Set(results.countries.filter((c) => c.region === 'africa').map((c) => c.iso3));
    expect(onMap.length).toBeGreaterThan(30);
    expect(onMap.every((iso3) => african.has(iso3 ?? ''))).toBe(true);
  });

  it('shows a profile with the tier, five pillars, the actions towards the next tier and the trace', async () => {
    const page = await open(PUBLIC_PAGES.profile);
    const kenya = results.countries.find((c) => c.iso3 === 'KEN')!;
    expect(await page.locator('h1').innerText()).toBe('Kenya');
    expect(await page.getByTestId('profile-tier').innerText()).toContain(`Tier ${kenya.tier}`);
    expect(await page.locator('tr[data-pillar]').count()).toBe(5);
    expect(await page.locator('[data-testid="pillar-chart"] rect[data-bar]').count()).toBe(10);
    const steps = await page.getByTestId('next-tier-action').allInnerTexts();
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step).toMatch(/^Put in place: \S/);
    // the trace is collapsed, and opens pillar by pillar, indicator by indicator
    const legal = page.locator('details[data-key="legal"]');
    const cybercrime = page.locator('details[data-key="legal.cybercrime"]');
    expect(await legal.getAttribute('open')).toBeNull();
    expect(await cybercrime.isVisible()).toBe(false);
    await legal.locator('> summary').click();
    await cybercrime.locator('> summary').click();
    const question = cybercrime.locator('tr[data-question="legal.cybercrime.substantive_law"]');
    await question.waitFor();
    expect(await question.innerText()).toMatch(/In place|Partially|Not in place|Not answered/);
    expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
  });

  it('compares countries by pillar, each with its own region average', async () => {
    const page = await open(PUBLIC_PAGES.compare);
    const headers = await page.locator('[data-testid="compare-table"] thead th[data-iso3]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-iso3')));
    expect(headers).toEqual(['BRA', 'FRA', 'KEN']); // alphabetical, never by score
    expect(await page.locator('[data-testid="compare-table"] tbody tr').count()).toBe(6);
    expect(await page.locator('[data-testid="compare-table"] tbody tr').first().innerText()).toContain('region');
    const add = page.locator('input[data-testid="compare-add"][data-ready]');
    await add.fill('Egypt');
    await page.getByRole('option', { name: 'Egypt' }).waitFor();
    await add.press('Enter');
    await page.waitForURL(/EGY/);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[data-testid="compare-add"]')?.disabled === true);
    expect(await page.locator('[data-testid="compare-table"] thead th[data-iso3]').count()).toBe(4);
  });

  it('drills down from a gap-analysis cell to the countries behind it', async () => {
    const page = await open(PUBLIC_PAGES.gaps);
    const gaps = (await (await fetch(`${server.url}/api/public/cycles/2024/gaps`)).json()) as {
      indicators: { key: string; byRegion: { region: string; countries: string[] }[] }[];
    };
    const expected = gaps.indicators.find((i) => i.key === 'legal.cybercrime')!.byRegion.find((r) => r.region === 'africa')!.countries;
    const listed = await page.locator('[data-testid="gap-countries"] li[data-iso3]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-iso3')));
    expect(listed.toSorted()).toEqual(expected.toSorted());
    await page.locator('tr[data-indicator="technical.cirt"] td[data-region="all"] button').click();
    await page.waitForURL(/indicator=technical\.cirt/);
    await page
      .getByTestId('gap-countries')
      .getByText(/^Computer incident response teams, All regions: \d+ of 194 countries/)
      .waitFor();
    expect(await page.locator('tr[data-indicator="technical.cirt"] td[data-region="all"] button').getAttribute('aria-pressed')).toBe('true');
  });

  it('generates the methodology page from the published version, with the changes and the tier stability', async () => {
    const page = await open(PUBLIC_PAGES.methodology);
    expect(await page.getByTestId('weights').count()).toBe(5);
    expect(await page.getByTestId('methodology-changes').innerText()).toContain('GCI 2020 (demo)');
    const stability = await page.getByTestId('stability-summary').innerText();
    expect(stability).toMatch(/\d+ of 194 countries keep their tier in at least 90% of the draws/);
    // the methodology's stability settings in words: the defaults, those of published sensitivity analyses
    expect(stability).toContain(
      'The pillar weights vary at random, each multiplied by a normal factor with a standard deviation of 13%, over 4,000 draws (seed 45)',
    );
  });

  it('names the pillars of a profile in the reader’s language (French, Spanish, Russian, Arabic)', async () => {
    const expected = {
      'fr-FR': ['Mesures juridiques', 'Mesures techniques', 'Mesures organisationnelles', 'Développement des capacités', 'Mesures de coopération'],
      'es-ES': ['Medidas jurídicas', 'Medidas técnicas', 'Medidas organizativas', 'Desarrollo de capacidades', 'Medidas de cooperación'],
      'ru-RU': ['Правовые меры', 'Технические меры', 'Организационные меры', 'Развитие потенциала', 'Меры по сотрудничеству'],
      ar: ['التدابير القانونية', 'التدابير التقنية', 'التدابير التنظيمية', 'تنمية القدرات', 'تدابير التعاون'],
    };
    for (const [locale, names] of Object.entries(expected)) {
      const page = await open(PUBLIC_PAGES.profile, locale);
      const rows = await page.locator('tr[data-pillar]').allInnerTexts();
      expect(rows, locale).toHaveLength(5);
      names.forEach((name, i) => expect(rows[i], locale).toContain(name));
      expect(await page.locator('details[data-key="legal"] > summary').innerText(), locale).toContain(names[0]);
    }
  });

  it('offers the open data in the reader’s language', async () => {
    const page = await openLanding('fr-FR');
    const csv = await page.locator('[data-testid="downloads"] a[href*="results.csv"]').getAttribute('href');
    expect(csv).toBe('/api/public/cycles/2024/downloads/results.csv?lang=fr');
    const response = await fetch(`${server.url}${csv}`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toContain('Allemagne');
  });

  // six pages in turn: a budget for a busy machine, not a speed expectation
  it('reads right to left in Arabic, on every public page', { timeout: 240_000 }, async () => {
    for (const path of Object.values(PUBLIC_PAGES)) {
      const page = await open(path, 'ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      expect(await page.locator('html').getAttribute('lang'), path).toBe('ar');
      expect(await page.locator('main').innerText(), path).toMatch(/[\u0600-\u06ff]{3}/);
      expect(await page.locator('main').evaluate((main) => getComputedStyle(main).direction), path).toBe('rtl');
    }
    const page = await openLanding('ar');
    expect(await page.locator('path[data-iso3="EGY"]').getAttribute('aria-label')).toContain('مصر');
  });

  it.each(Object.entries(PUBLIC_PAGES))('has no serious or critical accessibility violation: %s', async (name, path) => {
    const page = name === 'landing' ? await openLanding() : await open(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  it('starts a public page without the API’s contracts and zod, and loads them for its first call', async () => {
    // the chunk the build names after zod (web/vite.config.ts), as the server sends it
    const manifest = JSON.parse(readFileSync(new URL('../dist/.vite/manifest.json', import.meta.url), 'utf8')) as Record<
      string,
      { file: string; name?: string }
    >;
    const zodChunk = Object.values(manifest).find((chunk) => chunk.name === 'zod')?.file;
    expect(zodChunk).toMatch(/^assets\/zod-.*\.js$/);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 412, height: 823 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const hydrated = (selector: string) =>
      page.waitForFunction((s) => Object.keys(document.querySelector(s) ?? {}).some((key) => key.startsWith('__reactFiber$')), selector);

    // a profile and the landing page (its map drawn after the first paint) hydrate without them
    await page.goto(`${server.url}${PUBLIC_PAGES.profile}`);
    await hydrated('h1');
    await page.goto(`${server.url}/`);
    await page.locator('path[data-iso3]').first().waitFor();
    await hydrated('h1');
    expect(requested.filter((path) => path.includes('/assets/')).length).toBeGreaterThan(3);
    expect(requested.filter((path) => path.endsWith(zodChunk!))).toEqual([]);

    // the first page the landing page opens loads them, and shows
    await page.locator('section[data-tier] li[data-iso3="KEN"] a').click();
    await page.locator('h1', { hasText: /^Kenya$/ }).waitFor();
    expect(page.url()).toMatch(/\/countries\/KEN$/);
    expect(requested).toContain(`/${zodChunk}`);
  });

  it('never mentions a rank on any public page', async () => {
    for (const path of Object.values(PUBLIC_PAGES)) {
      const page = await open(path);
      expect((await page.locator('body').innerText()).toLowerCase(), path).not.toMatch(/\brank/);
    }
  });
});
