import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { completion } from '@gci/shared';
import { hasChromium } from './support/browser.ts';
import { KEN, KEN2 } from './support/accounts.ts';
import { questionnaireHarness, values } from './support/questionnaire-harness.ts';
import { choose, openPillar, progressBars, question, saveStatus, waitAllSaved } from './support/questionnaire-page.ts';
import { signIn } from './support/sign-in.ts';

describe.skipIf(!hasChromium)('questionnaire: a focal point signs in, answers, meets a conflict, adds evidence', () => {
  const h = questionnaireHarness();

  it('refuses wrong credentials without saying which part was wrong, then lists the assessments', async () => {
    await h.page.goto(`${h.server.url}/assessments`);
    await h.page.waitForURL(/\/login\?next=%2Fassessments/);
    await h.page.locator('input[name="email"]').fill('nobody@example.org');
    await h.page.locator('input[name="password"]').fill('not-the-password');
    await h.page.locator('form button[type="submit"]').click();
    const error = h.page.getByTestId('form-error');
    expect(await error.innerText()).toBe('The email address or password is not correct.');

    await h.page.locator('input[name="email"]').fill(KEN.email);
    await h.page.locator('input[name="password"]').fill('wrong-password-for-ken');
    await h.page.locator('form button[type="submit"]').click();
    await h.page.waitForFunction(() => document.querySelector('form button[type="submit"]:not([disabled])'));
    expect(await error.innerText()).toBe('The email address or password is not correct.');

    await h.page.locator('input[name="password"]').fill(KEN.password);
    await h.page.locator('form button[type="submit"]').click();
    await h.page.waitForURL(`${h.server.url}/assessments`);
    expect(await h.page.getByTestId('user-name').innerText()).toBe(KEN.name);
    const row = h.page.locator(`tr[data-assessment-id="${h.assessmentId}"]`);
    expect(await row.innerText()).toMatch(/Kenya[\s\S]*GCI 2026 \(demo\)[\s\S]*Not started[\s\S]*March 31, 2027[\s\S]*Open for answers/);
    expect(await h.page.locator('tbody tr').count()).toBe((await h.api.assessments()).length);
  });

  it('answers in two pillars with live skip logic; after a reload the answers and progress bars are the same', async () => {
    await h.openQuestionnaire();
    await waitAllSaved(h.page);
    expect(await saveStatus(h.page).innerText()).toContain('All changes saved');

    await choose(h.page, 'legal.cybercrime.substantive_law', 'In place');
    await choose(h.page, 'legal.cybercrime.electronic_evidence', 'Yes');
    // Skip logic: the consent rule is asked only while an anti-spam law exists, and reacts at once.
    await choose(h.page, 'legal.spam.law', 'Absent');
    expect(await question(h.page, 'legal.spam.consent_model').count()).toBe(0);
    await choose(h.page, 'legal.spam.law', 'Partially in place or in progress');
    await question(h.page, 'legal.spam.consent_model').waitFor();
    await choose(h.page, 'legal.spam.consent_model', 'Prior consent required (opt-in)');

    await openPillar(h.page, 'technical');
    await choose(h.page, 'technical.cirt.national.exists', 'Yes');
    await choose(h.page, 'technical.cirt.national.services', 'Incident handling');
    await choose(h.page, 'technical.cirt.national.services', 'Alerts and warnings');
    const hours = question(h.page, 'technical.cirt.national.response_hours').locator('.field--number input');
    await hours.fill('-3');
    expect(await question(h.page, 'technical.cirt.national.response_hours').locator('.field-error').innerText()).toBe('At least 0.');
    await hours.fill('12.5');
    const teams = question(h.page, 'technical.cirt.sectoral.sector_teams').locator('.field--number input');
    await teams.fill('2.5');
    expect(await question(h.page, 'technical.cirt.sectoral.sector_teams').locator('.field-error').innerText()).toBe('Enter a whole number.');
    await teams.fill('3');
    await waitAllSaved(h.page);

    const stored = await h.api.detail(h.assessmentId);
    expect(values(stored)).toMatchObject({
      'legal.cybercrime.substantive_law': 'in_place',
      'legal.cybercrime.electronic_evidence': true,
      'legal.spam.law': 'partial',
      'legal.spam.consent_model': 'opt_in',
      'technical.cirt.national.exists': true,
      'technical.cirt.national.services': ['incident_handling', 'alerts'],
      'technical.cirt.national.response_hours': 12.5,
      'technical.cirt.sectoral.sector_teams': 3,
    });
    expect(stored.answers['legal.spam.law']?.version).toBe(2);
    expect(stored.assessment.status).toBe('in_progress');

    const before = await progressBars(h.page);
    const expected = completion(stored.methodology, values(stored));
    expect(before.overall).toEqual([expected.answered, expected.visible]);
    for (const pillar of expected.pillars) expect(before[pillar.key], pillar.key).toEqual([pillar.answered, pillar.visible]);
    expect(before.legal?.[0]).toBe(4);
    expect(before.technical?.[0]).toBe(4);

    await h.page.reload();
    await h.page.locator('section[data-pillar="technical"]').waitFor();
    expect(await progressBars(h.page)).toEqual(before);
    expect(await question(h.page, 'technical.cirt.national.response_hours').locator('.field--number input').inputValue()).toBe('12.5');
    expect(await question(h.page, 'technical.cirt.national.services').getByLabel('Alerts and warnings').isChecked()).toBe(true);
    await openPillar(h.page, 'legal');
    expect(await question(h.page, 'legal.spam.consent_model').getByLabel('Prior consent required (opt-in)').isChecked()).toBe(true);
    expect(await question(h.page, 'legal.cybercrime.substantive_law').getAttribute('data-state')).toBe('saved');
  });

  it('shows a conflict between two focal points of the same country and lets each choose', async () => {
    const otherContext = await h.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const other = await otherContext.newPage();
    try {
      await h.openQuestionnaire();
      await signIn(h.server, KEN2, { page: other, next: `/assessments/${h.assessmentId}` });
      await other.locator('section[data-question-key]').first().waitFor();

      // Both pages show the two questions unanswered; the first focal point saves first.
      await choose(h.page, 'legal.regulation.data_protection.law', 'In place');
      await choose(h.page, 'legal.regulation.data_protection.breach_notification', 'Absent');
      await waitAllSaved(h.page);
      await choose(other, 'legal.regulation.data_protection.law', 'Absent');
      await choose(other, 'legal.regulation.data_protection.breach_notification', 'In place');

      const lawCard = question(other, 'legal.regulation.data_protection.law');
      await lawCard.getByTestId('conflict').waitFor();
      await other.locator('[data-testid="save-status"][data-save-state="conflict"]').waitFor();
      expect(await lawCard.getByTestId('conflict-mine').innerText()).toBe('Absent');
      expect(await lawCard.getByTestId('conflict-theirs').innerText()).toBe('In place');
      expect(await lawCard.getByTestId('conflict').innerText()).toContain(`Saved by ${KEN.name}`);

      await lawCard.getByRole('button', { name: 'Keep my value' }).click();
      const notice = question(other, 'legal.regulation.data_protection.breach_notification');
      await notice.getByTestId('conflict').waitFor();
      await notice.getByRole('button', { name: 'Use the saved value' }).click();
      await waitAllSaved(other);
      expect(await notice.getByLabel('Absent', { exact: true }).isChecked()).toBe(true);

      const stored = await h.api.detail(h.assessmentId);
      expect(stored.answers['legal.regulation.data_protection.law']).toMatchObject({ value: 'absent', version: 2, updatedBy: { name: KEN2.name } });
      expect(stored.answers['legal.regulation.data_protection.breach_notification']).toMatchObject({ value: 'absent', version: 1 });

      // History shows both accepted changes, newest first.
      const law = question(h.page, 'legal.regulation.data_protection.law');
      await h.page.reload();
      await law.locator('summary', { hasText: 'History of changes' }).click();
      const items = law.getByTestId('history').locator('li');
      await items.nth(1).waitFor();
      expect(await items.allInnerTexts()).toEqual([expect.stringContaining(KEN2.name), expect.stringContaining(KEN.name)]);
    } finally {
      await otherContext.close();
    }
  });

  it('adds, lists and removes evidence; refuses a file type the server does not accept', async () => {
    const key = 'legal.cybercrime.substantive_law'; // evidence required
    const existing = (await h.api.detail(h.assessmentId)).answers[key];
    if (!existing) expect(await h.api.save(h.assessmentId, key, 'in_place', 0)).toBe(200);
    await h.openQuestionnaire();
    const card = question(h.page, key);
    const panel = card.getByTestId('evidence');
    expect(await panel.getAttribute('open')).not.toBeNull(); // required and missing: opened for the user
    await card.getByLabel('Web address').fill('ftp://example.org/law.pdf');
    await card.getByLabel('Title', { exact: true }).fill('Computer Misuse Act');
    await card.getByRole('button', { name: 'Add link' }).click();
    expect(await card.getByTestId('field-error').first().innerText()).toContain('http:// or https://');
    await card.getByLabel('Web address').fill('https://example.org/computer-misuse-act');
    await card.getByRole('button', { name: 'Add link' }).click();
    await card.locator('a', { hasText: 'Computer Misuse Act' }).waitFor();

    const upload = card.locator('input[type="file"]');
    await upload.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text is not accepted') });
    await card.getByRole('button', { name: 'Upload' }).click();
    expect(await card.getByTestId('evidence-upload').getByTestId('field-error').innerText()).toContain('This kind of file is not accepted');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    await upload.setInputFiles({ name: 'gazette.pdf', mimeType: 'application/pdf', buffer: pdf });
    await card.getByLabel('Title (optional)').fill('Official gazette');
    await card.getByRole('button', { name: 'Upload' }).click();
    const download = card.locator('a', { hasText: 'Official gazette' });
    await download.waitFor();
    expect(await download.getAttribute('href')).toMatch(/^\/api\/evidence\/[0-9a-f-]+\/download$/);

    let evidence = (await h.api.detail(h.assessmentId)).answers[key]?.evidence ?? [];
    expect(evidence.map((e) => [e.kind, e.title])).toEqual([
      ['link', 'Computer Misuse Act'],
      ['file', 'Official gazette'],
    ]);
    await card.getByRole('button', { name: 'Remove: Computer Misuse Act' }).click();
    await card.locator('a', { hasText: 'Computer Misuse Act' }).waitFor({ state: 'detached' });
    evidence = (await h.api.detail(h.assessmentId)).answers[key]?.evidence ?? [];
    expect(evidence.map((e) => e.title)).toEqual(['Official gazette']);
  });

  it('renders right to left in Arabic, and shows the questionnaire texts the API has in Chinese', async () => {
    await h.openQuestionnaire();
    await h.page.locator('select[name="language"]').selectOption('ar');
    await h.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await h.page.locator('html').getAttribute('lang')).toBe('ar');
    await waitAllSaved(h.page);
    expect(await saveStatus(h.page).innerText()).toContain('تم حفظ جميع التغييرات');
    const nav = await h.page.getByTestId('pillar-nav').boundingBox();
    const content = await h.page.getByTestId('questionnaire-content').boundingBox();
    expect(nav && content && nav.x > content.x).toBe(true); // the pillar list sits on the right

    await h.page.locator('select[name="language"]').selectOption('zh');
    await h.page.locator('section[data-pillar] h2', { hasText: '法律措施' }).waitFor();
    expect(await h.page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await question(h.page, 'legal.cybercrime.substantive_law').locator('h4, h3').first().innerText()).toContain('针对计算机系统和数据的犯罪');
  });

  it('has no serious or critical accessibility violations on the sign-in and questionnaire pages', async () => {
    const severe = async () => {
      const { violations } = await new AxeBuilder({ page: h.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    };
    await h.page.goto(`${h.server.url}/login`);
    await h.page.locator('input[name="email"]').waitFor();
    expect(await severe()).toEqual([]);

    await signIn(h.server, KEN, { page: h.page, next: `/assessments/${h.assessmentId}` });
    await h.page.locator('section[data-question-key]').first().waitFor();
    await question(h.page, 'legal.cybercrime.substantive_law').locator('summary', { hasText: 'History of changes' }).click();
    expect(await severe()).toEqual([]);
    await openPillar(h.page, 'technical');
    expect(await severe()).toEqual([]);
  });
});
