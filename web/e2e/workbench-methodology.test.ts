import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { translationCompleteness, type MethodologyVersionDetail, type MethodologyVersionSummary } from '@gci/shared';
import { severeViolations } from './support/accessibility.ts';
import { ANALYST, KEN } from './support/accounts.ts';
import { apiFromPage } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { settled } from './support/settled.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

describe.skipIf(!hasChromium)('workbench: methodology versions, editor and consultation', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
  let published: MethodologyVersionSummary;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const first = await browser.newContext({ locale: 'en-US' });
    const p = await first.newPage();
    await signIn(server, ANALYST, { page: p });
    const listed = await apiFromPage<{ versions: MethodologyVersionSummary[] }>(p, 'GET', '/api/methodologies');
    expect(listed.status, JSON.stringify(listed.json)).toBe(200);
    published = listed.json.versions.find((v) => v.key === 'gci-2024-demo')!;
    storageState = await first.storageState();
    await first.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 }, storageState });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  const node = (path: string) => page.locator(`li[data-path="${path}"]`);
  const open = async (path: string) => {
    await node(path).locator(':scope > details > summary').click();
    await node(path).locator(':scope > details > [data-testid="node-body"]').waitFor();
  };
  const field = (path: string) => page.locator(`#f-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`);
  const issuesOf = (path: string) => page.locator(`#f-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}-error`);

  /** Creates a draft through the page's list and lands in its editor. */
  async function createDraft(key: string, name: string): Promise<string> {
    await page.goto(`${server.url}/workbench/methodologies`);
    await page.locator('[data-testid="versions"]').waitFor();
    await page.getByLabel('Clone from').selectOption(published.id);
    await page.getByLabel('Key of the new version').fill(key);
    await page.getByLabel('Name in English (optional)').fill(name);
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/workbench\/methodologies\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="methodology-editor"]').waitFor();
    return page.url().split('/').at(-1)!;
  }

  it('lists versions with their status, and the hash of published ones', async () => {
    await page.goto(`${server.url}/workbench/methodologies`);
    const row = page.locator(`tr[data-version-id="${published.id}"]`);
    expect(await row.locator('[data-status]').first().innerText()).toBe('Published');
    expect(await row.locator('[data-hash]').getAttribute('data-hash')).toBe(published.contentHash);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('edits a cloned draft with every issue beside its field, saves it, and publishes it frozen', async () => {
    const id = await createDraft('gci-2026-draft', 'GCI 2026 draft');
    expect(await page.locator('[data-testid="version-header"] [data-status]').innerText()).toBe('Draft');
    expect(await page.locator('[data-testid="content-hash"]').count()).toBe(0);
    expect(await page.locator('[data-testid="issues-summary"]').getAttribute('data-count')).toBe('0');

    // a negative pillar weight: the issue shows beside the weight, and saving is refused
    await open('pillars[0]');
    await field('pillars[0].weight').fill('-1');
    expect(await issuesOf('pillars[0].weight').innerText()).toBe('a weight must be a number from 0 to 1,000,000');
    expect(await field('pillars[0].weight').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid="issues-summary"]').getAttribute('data-count')).toBe('1');
    await page.getByTestId('save-methodology').click();
    expect(await page.getByTestId('editor-note').innerText()).toContain('fix the issue marked first');
    await field('pillars[0].weight').fill('2');
    expect(await issuesOf('pillars[0].weight').count()).toBe(0);

    // a tier minimum above the tier before it
    await field('thresholds[1].min').fill('99');
    expect(await issuesOf('thresholds[1].min').innerText()).toContain("must be below tier 1's minimum (95)");
    await field('thresholds[1].min').fill('85');

    // a new question in the first indicator, in English and French, with goalposts that must differ
    await open('pillars[0].children[0]');
    await page.getByRole('button', { name: 'Add a question in Cybercrime legislation' }).click();
    const added = 'pillars[0].children[0].children[4]';
    await node(added).locator(':scope > details > [data-testid="node-body"]').waitFor();
    await field(`${added}.texts.title.en`).fill('Cybercrime cases prosecuted last year');
    // the demo texts are in all six languages: the first of the others (French) is offered beside English;
    // Chinese chosen, then French again, each showing its own field
    expect(await page.getByLabel('Second language').inputValue()).toBe('fr');
    await page.getByLabel('Second language').selectOption('zh');
    expect(await field(`${added}.texts.title.zh`).count()).toBe(1);
    await page.getByLabel('Second language').selectOption('fr');
    await field(`${added}.texts.title.fr`).fill('Affaires de cybercriminalité poursuivies l’an dernier');
    await field(`${added}.key`).fill('legal.cybercrime.cases');
    await field(`${added}.question.type`).selectOption('number');
    await field(`${added}.question.goalposts.upper`).fill('0');
    expect(await issuesOf(`${added}.question.goalposts`).innerText()).toBe('the lower and upper goalposts must differ');
    await field(`${added}.question.goalposts.upper`).fill('50');
    // shown only when the law is in place
    await field(`${added}.question.showIf.op`).selectOption('equals');
    await field(`${added}.question.showIf.question`).selectOption('legal.cybercrime.substantive_law');
    await field(`${added}.question.showIf.value`).selectOption(JSON.stringify('in_place'));

    // reorder: the second pillar moves up
    await open('pillars[1]');
    await page.getByRole('button', { name: 'Move Technical measures up' }).click();
    expect(await page.locator('li[data-path][data-kind="pillar"]').first().getAttribute('data-node-key')).toBe('technical');
    expect(await page.locator('[data-testid="issues-summary"]').getAttribute('data-count')).toBe('0');
    expect(await severeViolations(page)).toEqual([]);

    await page.getByTestId('save-methodology').click();
    expect(await page.getByTestId('editor-note').innerText()).toBe('Saved as revision 2.');
    const stored = (await apiFromPage<MethodologyVersionDetail>(page, 'GET', `/api/methodologies/${id}`)).json;
    expect(stored.version.revision).toBe(2);
    expect(stored.methodology.pillars.map((p) => [p.key, p.weight, p.order]).slice(0, 2)).toEqual([
      ['technical', 1, 0],
      ['legal', 2, 1],
    ]);
    const question = stored.methodology.pillars[1]!.children[0]!;
    expect(question.kind === 'indicator' && question.children[4]).toMatchObject({
      key: 'legal.cybercrime.cases',
      order: 4,
      texts: { title: { en: 'Cybercrime cases prosecuted last year', fr: 'Affaires de cybercriminalité poursuivies l’an dernier' } },
      question: {
        type: 'number',
        goalposts: { lower: 0, upper: 50 },
        showIf: { op: 'equals', question: 'legal.cybercrime.substantive_law', value: 'in_place' },
      },
    });

    // publishing freezes it: the hash appears and nothing can be edited any more
    await page.locator('[data-move="published"]').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Publish' }).click();
    await page.locator('[data-testid="content-hash"]').waitFor();
    const summary = (await apiFromPage<MethodologyVersionDetail>(page, 'GET', `/api/methodologies/${id}`)).json.version;
    expect(summary.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.locator('[data-testid="content-hash"]').innerText()).toContain(summary.contentHash!);
    expect(await page.locator('[data-testid="version-header"] [data-status]').innerText()).toBe('Published');
    expect(await page.locator('fieldset[data-testid="editor-form"]').getAttribute('disabled')).not.toBeNull();
    expect(await page.getByTestId('save-methodology').count()).toBe(0);
    expect(await field('pillars[0].weight').isDisabled()).toBe(true);
  });

  it('asks to reload when someone else saved the draft meanwhile', async () => {
    const id = await createDraft('gci-2026-conflict', 'Conflict draft');
    // another tab saves first
    const detail = (await apiFromPage<MethodologyVersionDetail>(page, 'GET', `/api/methodologies/${id}`)).json;
    const theirs = structuredClone(detail.methodology);
    theirs.pillarMax = 25;
    expect((await apiFromPage(page, 'PUT', `/api/methodologies/${id}`, { methodology: theirs, baseRevision: detail.version.revision })).status).toBe(200);

    await field('edition').fill('2027');
    await page.getByTestId('save-methodology').click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.locator('h2').innerText()).toBe('Someone saved this draft meanwhile');
    await dialog.getByRole('button', { name: 'Reload the newest revision' }).click();
    expect(await page.getByTestId('editor-note').innerText()).toBe('Reloaded revision 2 from the server.');
    expect(await field('pillarMax').inputValue()).toBe('25');
    expect(await field('edition').inputValue()).toBe('2024');
    await field('edition').fill('2027');
    await page.getByTestId('save-methodology').click();
    expect(await page.getByTestId('editor-note').innerText()).toBe('Saved as revision 3.');
  });

  it('shows the structural diff of the draft against its source', async () => {
    const id = await createDraft('gci-2026-diff', 'Diff draft');
    const detail = (await apiFromPage<MethodologyVersionDetail>(page, 'GET', `/api/methodologies/${id}`)).json;
    const next = structuredClone(detail.methodology);
    next.pillars[0]!.weight = 3;
    next.pillars[1]!.texts.title.en = 'Technical and procedural measures';
    expect((await apiFromPage(page, 'PUT', `/api/methodologies/${id}`, { methodology: next, baseRevision: 1 })).status).toBe(200);
    await page.goto(`${server.url}/workbench/methodologies/${id}`);
    await page.getByRole('link', { name: 'Changes from its source' }).click();
    await page.locator('[data-testid="diff"]').waitFor();
    expect(await page.locator('[data-section="reweighted"]').getAttribute('data-count')).toBe('1');
    expect(await page.locator('[data-section="reweighted"] li').innerText()).toContain('legal');
    expect(await page.locator('[data-section="reweighted"] li').innerText()).toContain('weight 1 → 3');
    expect(await page.locator('[data-section="reworded"] li').innerText()).toContain('Technical and procedural measures (technical)');
    for (const section of ['added', 'removed', 'moved', 'rescored'])
      expect(await page.locator(`[data-section="${section}"]`).getAttribute('data-count')).toBe('0');
    expect(await severeViolations(page)).toEqual([]);
  });

  it('shows how complete each language is, lists the missing texts and goes to the one chosen', async () => {
    const id = await createDraft('gci-2026-translations', 'Translations draft');
    // take out one French help text, so that French lacks one whatever the demo holds
    const detail = (await apiFromPage<MethodologyVersionDetail>(page, 'GET', `/api/methodologies/${id}`)).json;
    const next = structuredClone(detail.methodology);
    const legal = next.pillars[0]!;
    const cybercrime = legal.children[0]!;
    const offences = cybercrime.kind === 'question' ? cybercrime : cybercrime.children[0]!;
    delete offences.texts.help!.fr;
    const saved = await apiFromPage<MethodologyVersionDetail>(page, 'PUT', `/api/methodologies/${id}`, {
      methodology: next,
      baseRevision: detail.version.revision,
    });
    expect(saved.status).toBe(200);
    await page.reload();
    await page.locator('[data-testid="methodology-editor"]').waitFor();

    const expected = translationCompleteness(saved.json.methodology);
    const summary = page.getByTestId('translation-summary');
    for (const language of expected) {
      const row = summary.locator(`li[data-locale="${language.locale}"]`);
      expect(await row.getAttribute('data-percent'), language.locale).toBe(String(language.percent));
      expect(await row.locator('summary').innerText()).toContain(`(${language.translated} of ${language.total} texts)`);
    }
    const french = expected.find((l) => l.locale === 'fr')!;
    const missing = french.missing.find((m) => m.path === 'pillars[0].children[0].children[0].texts.help.fr')!;
    expect(missing).toMatchObject({ owner: offences.key, field: 'help', english: offences.texts.help!.en });
    const row = summary.locator('li[data-locale="fr"]');
    await row.locator('summary').click();
    const link = row.locator(`li[data-missing-path="${missing.path}"] button`);
    expect(await link.innerText()).toBe(`${offences.key} · Help`);
    await link.click();
    // the second language is now French, and the field of the missing text has the focus
    expect(await page.getByLabel('Second language').inputValue()).toBe('fr');
    await field(missing.path).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`f-${missing.path.replace(/[^a-zA-Z0-9_-]/g, '_')}`);
    await field(missing.path).fill('Le droit national érige-t-il en infraction l’accès illicite aux systèmes ?');
    expect(await row.locator('summary').innerText()).toContain(`(${french.translated + 1} of ${french.total} texts)`);
    expect(await row.locator(`li[data-missing-path="${missing.path}"]`).count()).toBe(0);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('runs a consultation: a focal point comments on a node, an analyst answers with a decision and a reason', async () => {
    const id = await createDraft('gci-2026-consult', 'Consultation draft');
    await page.locator('[data-move="consultation"]').click();
    await page.locator('[data-testid="version-header"] [data-status="consultation"]').waitFor();

    const focalContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 900 } });
    const focal = await focalContext.newPage();
    await signIn(server, KEN, { page: focal });
    await focal.goto(`${server.url}/workbench/methodologies`);
    await focal.locator(`tr[data-version-id="${id}"] a`).first().click();
    await focal.locator('[data-testid="methodology-outline"]').waitFor();
    expect(await focal.locator('input, textarea').count()).toBe(0); // read-only for them
    await focal
      .locator('li[data-node-key="legal.spam"] > [data-testid="outline-row"]')
      .getByRole('link', { name: /^Comment/ })
      .click();
    await focal.waitForURL(/\/consultation\?node=legal\.spam/);
    expect(await focal.getByLabel('About').inputValue()).toBe('legal.spam');
    await focal.getByLabel('Your comment').fill('Spam laws matter less than they did; weigh them lower.');
    await focal.getByRole('button', { name: 'Send the comment' }).click();
    await focal.getByText('Your comment was sent.').waitFor();
    expect(await focal.locator('[data-group="legal.spam"] [data-testid="comment-body"]').innerText()).toBe(
      'Spam laws matter less than they did; weigh them lower.',
    );
    expect(await severeViolations(focal)).toEqual([]);
    await focalContext.close();

    await page.goto(`${server.url}/workbench/methodologies/${id}/consultation`);
    const card = page.locator('[data-group="legal.spam"] article[data-comment-id]');
    expect(await card.locator('[data-testid="comment-status"]').innerText()).toBe('Waiting for an answer');
    // no decision is preset: sending without one asks for it
    expect(await card.locator('input[type="radio"]:checked').count()).toBe(0);
    await card.getByLabel('Answer and reason').fill('Draft reason.');
    await card.getByRole('button', { name: 'Send the answer' }).click();
    expect(await card.getByTestId('form-error').innerText()).toBe('Choose a decision.');
    expect(await card.getAttribute('data-status')).toBe('open');
    await card.getByLabel('Answer and reason').fill('');
    await card.getByLabel('Not taken into account').check();
    expect(await card.getByTestId('form-error').count()).toBe(0);
    await card.getByRole('button', { name: 'Send the answer' }).click();
    expect(await card.locator('[data-testid="field-error"]').innerText()).toBe('Give the reason for the decision.');
    await card.getByLabel('Answer and reason').fill('Spam is already covered by two other questions.');
    await card.getByRole('button', { name: 'Send the answer' }).click();
    await page.locator('article[data-comment-id][data-status="not_taken_into_account"]').waitFor();
    expect(await page.locator('article[data-comment-id] [data-testid="comment-response"]').innerText()).toContain(
      'Spam is already covered by two other questions.',
    );
    expect(await page.getByTestId('comment-counts').innerText()).toBe('1 comment, 0 waiting for an answer.');
    await page.getByLabel('By country').check();
    expect(await page.locator('[data-group="KEN"] article[data-comment-id]').count()).toBe(1);
    expect(await severeViolations(page)).toEqual([]);
  });

  it('sends a focal point to a 404 for a draft', async () => {
    const id = await createDraft('gci-2026-hidden', 'Hidden draft');
    const focalContext = await browser.newContext({ locale: 'en-US' });
    const focal = await focalContext.newPage();
    await signIn(server, KEN, { page: focal });
    await focal.goto(`${server.url}/workbench/methodologies/${id}`);
    await settled(focal);
    expect(await focal.locator('h1').innerText()).toBe('Page not found');
    await focalContext.close();
  });
});
