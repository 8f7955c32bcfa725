import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ANALYST, KEN, REVIEWER, type Account } from './support/accounts.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

/** Every public page a reader reaches from the landing page (issue 21.4: phones). */
const PUBLIC_ROUTES = {
  landing: '/',
  tiers: '/cycles/2024',
  profile: '/cycles/2024/countries/KEN',
  compare: '/cycles/2024/compare?countries=BRA,FRA,KEN',
  methodology: '/cycles/2024/methodology',
  gaps: '/cycles/2024/gaps?indicator=legal.cybercrime&region=africa',
  practice: '/practice',
} as const;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

/** React has taken over the server-rendered page (the root holds its container) and the page's requests are done. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')));
  await page.waitForLoadState('networkidle');
}

/** The elements wider than the viewport, to name in a failure (what makes the page scroll sideways). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
        const parentOverflows = el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5;
        if (!parentOverflows) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} right=${Math.round(r.right)}`);
      }
    }
    return out.slice(0, 10);
  });
}

describe.skipIf(!hasChromium)('layout fits the screen', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    while (contexts.length) await contexts.pop()?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport });
    contexts.push(context);
    return context.newPage();
  }

  it.each(Object.entries(PUBLIC_ROUTES))('the %s page (%s) does not scroll sideways on a 390 × 844 phone', async (_name, path) => {
    const page = await newPage(PHONE);
    await page.goto(`${server.url}${path}`);
    await settled(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, (await overflowing(page)).join('\n')).toBeLessThanOrEqual(PHONE.width);
  });

  it.each([
    ['admin', ADMIN],
    ['analyst', ANALYST],
    ['reviewer', REVIEWER],
    ['focal point', KEN],
  ] as [string, Account][])('signed in as %s, the header is one row at 1366 × 900', async (_role, account) => {
    const page = await newPage(LAPTOP);
    await signIn(server, account, { page, next: '/' });
    await settled(page);
    await page.getByTestId('user-name').waitFor();
    const { rowHeight, contentHeight, tops, parts } = await page.evaluate(() => {
      const inner = document.querySelector('header > div')!;
      const style = getComputedStyle(inner);
      const children = [...inner.children].filter((c) => c.getBoundingClientRect().height > 0);
      const rects = children.map((c) => c.getBoundingClientRect());
      const items = [...inner.querySelectorAll('nav li')].map((li) => Math.round(li.getBoundingClientRect().top));
      return {
        rowHeight: Math.max(...rects.map((r) => r.height)),
        contentHeight: inner.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
        tops: items,
        parts: children.map(
          (c, i) =>
            `${c.tagName.toLowerCase()}.${String(c.className).slice(0, 40)} ${Math.round(rects[i]!.left)}+${Math.round(rects[i]!.width)}@${Math.round(rects[i]!.top)}`,
        ),
      };
    });
    // one row: the header's content is as tall as its tallest item, and every link of the menu is on the same line
    expect(contentHeight, parts.join('\n')).toBeLessThanOrEqual(rowHeight + 1);
    expect(new Set(tops).size, parts.join('\n')).toBe(1);
  });
});
