import type { Locator, Page } from 'playwright-core';

export const question = (page: Page, key: string): Locator => page.locator(`section[data-question-key="${key}"]`);

/** Picks a radio or checkbox of a question by its visible label. */
export async function choose(page: Page, key: string, label: string): Promise<void> {
  await question(page, key).getByLabel(label, { exact: true }).click();
}

export const saveStatus = (page: Page): Locator => page.getByTestId('save-status');

/** Waits until every edit has been confirmed by the server. */
export async function waitAllSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"][data-save-state="saved"][data-pending="0"]').waitFor();
}

export async function openPillar(page: Page, pillarKey: string): Promise<void> {
  await page.getByTestId('pillar-nav').locator(`a[data-pillar="${pillarKey}"]`).click();
  await page.locator(`section[data-pillar="${pillarKey}"]`).waitFor();
}

/** answered/visible of each progress bar on the page, keyed by pillar (and `overall`). */
export function progressBars(page: Page): Promise<Record<string, [number, number]>> {
  return page.$$eval('[data-testid^="progress-"]', (meters) =>
    Object.fromEntries(
      meters.map((m) => [
        (m.getAttribute('data-testid') ?? '').replace('progress-', ''),
        [Number(m.getAttribute('data-answered')), Number(m.getAttribute('data-visible'))],
      ]),
    ),
  );
}

/** Edits waiting in the browser's IndexedDB queue (call once the questionnaire has opened it). */
export function queuedInIndexedDb(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gci-offline');
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('pending-edits')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('pending-edits').objectStore('pending-edits').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}
