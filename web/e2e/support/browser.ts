import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); a browser is never downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Locally, a missing Chromium skips the browser tests (`describe.skipIf(!hasChromium)`) with a message;
 * in CI it is a failure, so a broken image cannot pass unnoticed.
 */
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install chromium".`;
  if (process.env.CI) throw new Error(message);
  console.warn(`${message} Skipping the browser tests.`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
