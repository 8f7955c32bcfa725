import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, hasChromium, launchBrowser } from '../../web/e2e/support/browser.ts';
import { ANALYST } from '../../web/e2e/support/accounts.ts';
import { signIn } from '../../web/e2e/support/sign-in.ts';
import { startServer } from '../../web/e2e/support/start-server.ts';

/**
 * The analyst's live weights, measured in Chromium: the time from a weight change to the updated
 * tier counts in the page, with the demo data (194 countries, GCI 2024 demo methodology).
 *   node --conditions=@gci/source --import tsx tools/bench/workbench.bench.ts
 * It starts its own server on the built web app (web/dist) and builds nothing.
 */

const CHANGES = 50;
const TARGET_MS = 50;
const DIST_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: readonly number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/**
 * Runs inside the page: types `values` one by one into a weight's number input the way a user's
 * keystroke arrives (a native value change and an `input` event), and for each times
 *   dom:   the change → the results panel committed (its data-revision attribute changed), and
 *   frame: the change → the next animation frame, i.e. the first frame painted with the new counts.
 */
function measureInPage({ selector, values }: { selector: string; values: number[] }): Promise<{ dom: number[]; frame: number[]; counts: string[] }> {
  const input = document.querySelector<HTMLInputElement>(selector);
  const results = document.querySelector('[data-testid="what-if-results"]');
  if (!input || !results) throw new Error(`missing ${selector} or the results panel`);
  // React tracks the value property; set it through the prototype's setter, as typing would
  const valueProperty = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const one = (value: number) =>
    new Promise<{ dom: number; frame: number; counts: string }>((resolve) => {
      const before = results.getAttribute('data-revision');
      let dom = 0;
      const observer = new MutationObserver(() => {
        if (results.getAttribute('data-revision') === before || dom) return;
        dom = performance.now() - start;
        observer.disconnect();
        requestAnimationFrame(() => {
          const frame = performance.now() - start;
          const counts = [...document.querySelectorAll('[data-testid="tier-counts"] [data-column="scenario"]')].map((c) => c.textContent).join(' ');
          resolve({ dom, frame, counts });
        });
      });
      observer.observe(results, { attributes: true, attributeFilter: ['data-revision'] });
      const start = performance.now();
      valueProperty.set!.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  return (async () => {
    const out = { dom: [] as number[], frame: [] as number[], counts: [] as string[] };
    for (const v of values) {
      const r = await one(v);
      out.dom.push(r.dom);
      out.frame.push(r.frame);
      out.counts.push(r.counts);
      await new Promise((resolve) => setTimeout(resolve, 20)); // let the frame settle, as between two keystrokes
    }
    return out;
  })();
}

/** Prints the live-weights benchmark figures (called by tools/bench/run-all.ts, or run this file directly). */
export async function runWorkbenchBench(): Promise<void> {
  if (!existsSync(DIST_INDEX)) {
    console.log(`workbench bench skipped: ${DIST_INDEX} is missing. Build the web app first: npm run build -w @gci/web`);
    return;
  }
  if (!hasChromium) {
    console.log(`workbench bench skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    return;
  }
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })).newPage();
    // tsx keeps function names with a `__name` helper that the page does not have; measureInPage's source carries it
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await signIn(server, ANALYST, { page });
    await page.goto(`${server.url}/workbench/what-if`);
    await page.locator('[data-testid="tier-counts"]').waitFor();
    const countries = await page.locator('[data-testid="what-if-source"]').innerText();
    // warm up (JIT, first layout of the change list), then 50 measured changes of the first pillar's weight
    await page.evaluate(measureInPage, { selector: '[data-weight-input="legal"]', values: [2, 1.5, 1] });
    const values = Array.from({ length: CHANGES }, (_, i) => Number((0.2 + ((i * 7) % 25) * 0.2).toFixed(2)));
    const { dom, frame, counts } = await page.evaluate(measureInPage, { selector: '[data-weight-input="legal"]', values });
    const distinct = new Set(counts).size;
    console.log(`workbench live weights (${countries.replace(/\.$/, '')}); machine load average (1 min): ${loadavg()[0]?.toFixed(2)}`);
    console.log(
      `  weight change → tier counts updated in the DOM: median ${median(dom).toFixed(1)} ms, p90 ${quantile(dom, 0.9).toFixed(1)} ms, max ${Math.max(...dom).toFixed(1)} ms over ${CHANGES} changes (target < ${TARGET_MS} ms)`,
    );
    console.log(`  weight change → next frame (painted with the new counts): median ${median(frame).toFixed(1)} ms, p90 ${quantile(frame, 0.9).toFixed(1)} ms`);
    console.log(`  ${distinct} different tier distributions among the ${CHANGES} changes; ${median(dom) < TARGET_MS ? 'within' : 'OVER'} target`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runWorkbenchBench();
