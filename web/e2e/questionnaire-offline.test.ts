import { describe, expect, it } from 'vitest';
import { questionsByKey } from '@gci/shared';
import { hasChromium } from './support/browser.ts';
import { KEN } from './support/accounts.ts';
import { questionnaireHarness, values } from './support/questionnaire-harness.ts';
import { choose, openPillar, question, queuedInIndexedDb, saveStatus, waitAllSaved } from './support/questionnaire-page.ts';

// A5/A6 of shared/reliability.md: no acknowledged or queued answer is lost, offline, on reload or at sign-out.
describe.skipIf(!hasChromium)('questionnaire offline: queued edits survive the network, the tab and the session', () => {
  const h = questionnaireHarness();

  it('keeps edits made offline as pending and sends them when the connection returns', async () => {
    await h.openQuestionnaire();
    await h.context.setOffline(true);
    await choose(h.page, 'legal.cybercrime.procedural_law', 'Absent');
    await choose(h.page, 'legal.cybercrime.online_fraud', 'In place');
    const status = h.page.locator('[data-testid="save-status"][data-save-state="offline"][data-pending="2"]');
    await status.waitFor();
    expect(await status.innerText()).toContain('Offline: 2 changes pending');
    expect(await question(h.page, 'legal.cybercrime.procedural_law').getAttribute('data-state')).toBe('offline');
    expect(await queuedInIndexedDb(h.page)).toBe(2);
    const stored = await h.api.detail(h.assessmentId);
    expect(stored.answers['legal.cybercrime.procedural_law']).toBeUndefined();

    await h.context.setOffline(false);
    await waitAllSaved(h.page);
    const after = values(await h.api.detail(h.assessmentId));
    expect(after['legal.cybercrime.procedural_law']).toBe('absent');
    expect(after['legal.cybercrime.online_fraud']).toBe('in_place');
    expect(await queuedInIndexedDb(h.page)).toBe(0);
  });

  it('retries a save whose reply was lost with the same key, and gets the first success instead of a conflict', async () => {
    await h.openQuestionnaire();
    const key = 'legal.regulation.critical_infrastructure.incident_reporting';
    const seen: { idempotencyKey: string | null; status: number }[] = [];
    let replies = 0;
    // The first request reaches the server and is applied, but its reply never arrives; the second
    // gets a 503 from a "proxy". The third goes through.
    await h.page.route(`**/api/assessments/${h.assessmentId}/answers/*`, async (route) => {
      const idempotencyKey = route.request().headers()['idempotency-key'] ?? null;
      replies++;
      if (replies === 1) {
        const response = await route.fetch();
        seen.push({ idempotencyKey, status: response.status() });
        await route.abort('connectionreset');
      } else if (replies === 2) {
        seen.push({ idempotencyKey, status: 503 });
        await route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service unavailable</h1>' });
      } else {
        const response = await route.fetch();
        seen.push({ idempotencyKey, status: response.status() });
        await route.fulfill({ response });
      }
    });
    await choose(h.page, key, 'In place');
    await h.page.locator('[data-testid="save-status"][data-save-state="offline"]').waitFor();
    expect(await saveStatus(h.page).innerText()).toContain('The server cannot be reached: 1 change pending');
    await waitAllSaved(h.page);

    expect(seen.map((s) => s.status)).toEqual([200, 503, 200]);
    expect(new Set(seen.map((s) => s.idempotencyKey)).size).toBe(1);
    expect(await question(h.page, key).getByTestId('conflict').count()).toBe(0);
    const history = await h.api.request('GET', `/api/assessments/${h.assessmentId}/answers/${key}/history`);
    expect((history.json as { history: unknown[] }).history).toHaveLength(1); // applied once
  });

  it('loses nothing when the tab is closed while offline: the queue is replayed on the next visit', async () => {
    await h.openQuestionnaire();
    await h.context.setOffline(true);
    await choose(h.page, 'legal.regulation.data_protection.authority', 'No');
    const text = 'legal.regulation.critical_infrastructure.security_obligations';
    await choose(h.page, text, 'Partially in place or in progress');
    await h.page.locator('[data-testid="save-status"][data-pending="2"]').waitFor();
    await expect.poll(() => queuedInIndexedDb(h.page)).toBe(2);
    await h.page.close();

    await h.context.setOffline(false);
    h.page = await h.context.newPage();
    await h.page.goto(`${h.server.url}/assessments/${h.assessmentId}`);
    await h.page.locator('section[data-question-key]').first().waitFor();
    await waitAllSaved(h.page);
    const stored = values(await h.api.detail(h.assessmentId));
    expect(stored['legal.regulation.data_protection.authority']).toBe(false);
    expect(stored[text]).toBe('partial');
  });

  it('falls back to localStorage with a visible warning when IndexedDB is unavailable', async () => {
    await h.context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const { methodology } = await h.api.detail(h.assessmentId);
    const [key, entry] = [...questionsByKey(methodology)].find(([, e]) => e.node.question.type === 'text' && !e.node.question.showIf)!;
    await h.openQuestionnaire();
    expect(await h.page.getByTestId('storage-warning').innerText()).toContain('does not offer IndexedDB');

    await openPillar(h.page, entry.pillarKey);
    await h.context.setOffline(true);
    const text = 'A national strategy, a CIRT and a growing private sector.';
    await question(h.page, key).locator('textarea').fill(text);
    await h.page.locator('[data-testid="save-status"][data-save-state="offline"][data-pending="1"]').waitFor();
    const stored = () => h.page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('gci.pendingEdits') ?? '{}') as object).length);
    expect(await stored()).toBe(1);

    await h.context.setOffline(false);
    await waitAllSaved(h.page);
    expect(await stored()).toBe(0);
    expect(values(await h.api.detail(h.assessmentId))[key]).toBe(text);
  });

  it('warns before a sign-out that would discard unsent edits, and leaves nothing behind', async () => {
    await h.openQuestionnaire();
    await h.context.setOffline(true);
    await choose(h.page, 'legal.regulation.e_transactions.consumer_protection', 'Yes');
    await expect.poll(() => queuedInIndexedDb(h.page)).toBe(1);
    await h.page.getByRole('button', { name: 'Sign out' }).click();
    const dialog = h.page.getByTestId('sign-out-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('1 change has not reached the server yet');
    await dialog.getByRole('button', { name: 'Sign out and discard' }).click();
    await h.page.waitForURL(/\/login$/);
    await expect.poll(() => queuedInIndexedDb(h.page)).toBe(0);
    expect(values(await h.api.detail(h.assessmentId))['legal.regulation.e_transactions.consumer_protection']).toBeUndefined();
  });

  it('keeps edits when the session ends mid-edit, and sends them after signing in again in the same tab', async () => {
    await h.openQuestionnaire();
    // End the browser's session on the server, as an expiry or an administrator would.
    const cookie = (await h.context.cookies(h.server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const session = (await (await fetch(`${h.server.url}/api/auth/session`, { headers: { cookie } })).json()) as { csrfToken: string };
    expect((await fetch(`${h.server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': session.csrfToken } })).status).toBe(204);

    await choose(h.page, 'legal.regulation.e_transactions.e_signatures', 'In place');
    const status = h.page.locator('[data-testid="save-status"][data-save-state="signed_out"]');
    await status.waitFor();
    expect(await status.innerText()).toContain('Your session has ended. 1 change is kept on this device');
    expect(await queuedInIndexedDb(h.page)).toBe(1);

    await status.getByRole('link', { name: 'Sign in again' }).click();
    await h.page.waitForURL(/\/login\?next=/);
    await h.page.locator('input[name="email"]').fill(KEN.email);
    await h.page.locator('input[name="password"]').fill(KEN.password);
    await h.page.locator('form button[type="submit"]').click();
    await h.page.waitForURL(`${h.server.url}/assessments/${h.assessmentId}`);
    await waitAllSaved(h.page);
    expect(values(await h.api.detail(h.assessmentId))['legal.regulation.e_transactions.e_signatures']).toBe('in_place');
    expect(await queuedInIndexedDb(h.page)).toBe(0);
  });
});
