import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AdminCountrySchema } from '@gci/shared';
import { UN_COUNTRIES } from '../../fixtures/un-countries.ts';
import { severeViolations } from './support/accessibility.ts';
import { ADMIN } from './support/accounts.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const unNames = (iso3: string) => UN_COUNTRIES.find((c) => c.iso3 === iso3)!.names;

describe.skipIf(!hasChromium)('the countries page (admins)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiUser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function adminPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    admin = await signIn(server, ADMIN, { page, next: '/admin/countries' });
    await page.getByTestId('countries-table').waitFor();
    return page;
  }
  const row = (page: Page, iso3: string) => page.locator(`tr[data-iso3="${iso3}"]`);
  const dialog = (page: Page) => page.getByTestId('country-dialog');
  const search = (page: Page, text: string) => page.getByLabel('Search by code or name, in any language').fill(text);

  it('lists the 194 states in UN terms, searchable in any language and sortable, with the cycles each took part in', async () => {
    const page = await adminPage();
    expect(await page.getByRole('link', { name: 'Countries', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('countries-count').innerText()).toBe('Countries shown: 194 of 194');

    await search(page, 'korea');
    expect(await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-iso3')))).toEqual(['PRK', 'KOR']); // by name: Democratic People's…, Republic of…
    expect(await row(page, 'KOR').locator('th').innerText()).toBe('Republic of Korea');
    await search(page, 'Côte');
    expect(await page.getByTestId('countries-count').innerText()).toBe('Countries shown: 1 of 194');
    await search(page, 'Государство Палестина');
    expect(await row(page, 'PSE').innerText()).toMatch(/PSE\s+State of Palestine\s+Arab States\s+3/);
    await search(page, 'PLW');
    await page.getByTestId('countries-empty').waitFor();

    // every demo cycle has an assessment per country; sorting by a column says so to assistive technology
    await search(page, '');
    const cycles = page.getByRole('columnheader', { name: /Cycles taken part in/ });
    await cycles.getByRole('button').click();
    expect(await cycles.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('tbody tr').count()).toBe(50);
    await search(page, 'Kenya');
    expect(await row(page, 'KEN').locator('td').nth(2).innerText()).toBe('3');
    expect(await severeViolations(page)).toEqual([]);
  });

  it('corrects the names of a country, Arabic right to left, with the server’s answer at the field at fault', async () => {
    const page = await adminPage();
    await search(page, 'KEN');
    await row(page, 'KEN').getByRole('button', { name: 'Edit Kenya' }).click();
    const form = dialog(page);
    await form.waitFor();
    const arabic = form.getByLabel('Arabic');
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.inputValue()).toBe(unNames('KEN').ar);
    expect(await severeViolations(page)).toEqual([]);

    // a name left blank is refused at its field, and nothing is sent
    await form.getByLabel('French').fill('  ');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Enter the name in this language.').waitFor();
    expect(await form.getByLabel('French').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('French').fill('Kenya (République du)');
    await form.getByLabel('ITU region').selectOption({ label: 'Africa' });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('country-saved').waitFor();
    expect(await dialog(page).count()).toBe(0);

    const { json } = await admin.request<{ country: unknown }>('GET', '/api/countries/KEN');
    const stored = AdminCountrySchema.parse(json.country);
    expect(stored).toMatchObject({ version: 2, names: { ...unNames('KEN'), fr: 'Kenya (République du)' } });
    const audit = await admin.request<{ entries: { action: string; entityId: string }[] }>('GET', '/api/audit?action=country.');
    expect(audit.json.entries.map((e) => [e.action, e.entityId])).toEqual([['country.updated', 'KEN']]);

    // someone else saves France while this page still shows the old version: the edit is refused, not lost
    await search(page, 'FRA');
    await row(page, 'FRA').getByRole('button', { name: 'Edit France' }).click();
    const france = await admin.request('PATCH', '/api/countries/FRA', {
      version: 1,
      region: 'europe',
      names: { ...unNames('FRA'), en: 'France (edited elsewhere)' },
    });
    expect(france.status).toBe(200);
    await dialog(page).getByLabel('Spanish').fill('Francia (República Francesa)');
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await dialog(page)
      .getByTestId('form-error')
      .getByText(/Someone changed this country since you opened it/)
      .waitFor();
    // reopened, the dialog shows the other change and saves on top of it
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await row(page, 'FRA').getByRole('button', { name: 'Edit France (edited elsewhere)' }).click();
    expect(await dialog(page).getByLabel('English').inputValue()).toBe('France (edited elsewhere)');
    await dialog(page).getByLabel('Spanish').fill('Francia (República Francesa)');
    await dialog(page).getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('country-saved').getByText('France (edited elsewhere) was saved.').waitFor();
  });

  it('adds a country, and shows a code another country has at its field', async () => {
    const page = await adminPage();
    await page.getByRole('button', { name: 'Add a country' }).click();
    const form = dialog(page);
    await form.getByLabel('ISO code (3 letters)').fill('ZZX');
    await form.getByLabel('ISO code (2 letters)').fill('KE');
    await form.getByLabel('M49 number (3 digits)').fill('999');
    await form.getByLabel('ITU region').selectOption({ label: 'Europe' });
    const names = { English: 'Zedland', French: 'Zédie', Spanish: 'Zedlandia', Arabic: 'زيدلاند', Chinese: '泽德兰', Russian: 'Зедландия' };
    for (const [language, name] of Object.entries(names)) await form.getByLabel(language, { exact: true }).fill(name);
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.getByText('Another country has this code already.').waitFor();
    expect(await form.getByLabel('ISO code (2 letters)').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('ISO code (2 letters)').fill('ZX');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('country-saved').getByText('Zedland was saved.').waitFor();
    await search(page, 'zedland');
    expect(await row(page, 'ZZX').innerText()).toMatch(/ZZX\s+Zedland\s+Europe\s+0/);
    expect(await page.getByTestId('countries-count').innerText()).toBe('Countries shown: 1 of 195');
  });
});
