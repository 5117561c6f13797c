import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { staffAxeViolations } from './support/admin-axe.ts';
import {
  type ConsultationPlan,
  consultationPath,
  createFromScratch,
  fillDraft,
  isoInDays,
  openSection,
  publish,
  saveWithoutProblems,
} from './support/admin-editor.ts';
import { signInThroughMail, staffContext, storeAdmin, submitWith } from './support/admin-session.ts';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { uniqueAddress } from './support/inbox.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** A vote by letter in German and English: one question, no workflow. */
const plan: ConsultationPlan = {
  id: `e2e-codes-${run}`,
  slug: `e2e-codes-${run}`,
  languages: ['de', 'en'],
  defaultLanguage: 'de',
  opens: isoInDays(-1),
  closes: isoInDays(14),
  retentionDays: 30,
  contact: { email: uniqueAddress('wahlamt'), name: { de: 'Wahlamt', en: 'Election office' } },
  title: { de: `Name des Stadtparks (${run})`, en: `Name of the city park (${run})` },
  intro: { de: 'Jede Stimme zählt einmal.', en: 'Every vote counts once.' },
  thankYou: { de: 'Danke für Ihre Stimme.', en: 'Thank you for your vote.' },
  fields: [
    {
      type: 'radio',
      id: 'park_name',
      label: { de: 'Ihr Vorschlag', en: 'Your choice' },
      required: true,
      options: [
        { value: 'linden', label: { de: 'Lindenpark', en: 'Linden park' } },
        { value: 'ihme', label: { de: 'Ihmepark', en: 'Ihme park' } },
      ],
    },
  ],
  stages: [],
};

describe('a vote by letter with single-use codes', () => {
  it('a clerk generates codes; a resident votes with one, and the same code is refused the second time', async () => {
    // Prepare: a clerk (admin) builds the vote, asks for codes in its settings and publishes it.
    const clerk = await storeAdmin('wahlamt-clerk');
    const session = await signInThroughMail(browser, { baseUrl, sesUrl }, clerk);
    const staff = await staffContext(browser, session);
    const page = await staff.newPage();
    await createFromScratch(page, baseUrl, plan);
    await fillDraft(page, baseUrl, plan);
    await openSection(page, baseUrl, plan.id, 'settings');
    await page.getByLabel('How do people prove who they are?').selectOption('code');
    await saveWithoutProblems(page, 'Choosing codes');
    await publish(page, baseUrl, plan.id);

    // Act: generate two codes and read them off the page (shown this once).
    await submitWith(page, page.getByRole('link', { name: /Generate, count and void single-use codes/ }));
    expect(new URL(page.url()).pathname).toBe(consultationPath(plan.id, '/codes'));
    await page.getByLabel('How many codes').fill('2');
    await submitWith(page, page.getByRole('button', { name: 'Generate and show' }));
    const codes = await page.getByRole('list', { name: 'The new codes' }).locator('code').allTextContents();
    expect(codes).toHaveLength(2);
    const [code = ''] = codes;

    // A resident votes in German, typing the code in lower case without dashes.
    const resident = await browser.newContext({ locale: 'de-DE' });
    const form = await resident.newPage();
    await form.goto(`${baseUrl}/c/${plan.slug}`);
    const codeInput = form.getByRole('textbox', { name: /^Ihr Teilnahme-Code/ });
    expect(await codeInput.getAttribute('autocomplete')).toBe('off');
    await codeInput.fill(code.toLowerCase().replaceAll('-', ''));
    await form.getByRole('radio', { name: 'Lindenpark' }).check();
    await submitWith(form, form.getByRole('button', { name: 'Antworten absenden' }));
    expect(new URL(form.url()).pathname).toMatch(new RegExp(`^/c/${plan.slug}/s/[0-9A-Z]{26}$`));

    // The same code on a fresh form is refused, with the answers kept.
    await form.goto(`${baseUrl}/c/${plan.slug}`);
    await form.getByRole('textbox', { name: /^Ihr Teilnahme-Code/ }).fill(code);
    await form.getByRole('radio', { name: 'Ihmepark' }).check();
    await submitWith(form, form.getByRole('button', { name: 'Antworten absenden' }));
    expect(await form.getByRole('alert').textContent()).toContain(
      'Mit diesem Teilnahme-Code wurde schon geantwortet.',
    );
    expect(await form.getByRole('radio', { name: 'Ihmepark' }).isChecked()).toBe(true);
    await resident.close();

    // Assess: the clerk's page counts one used code of two, and shows no code any more.
    await page.goto(`${baseUrl}${consultationPath(plan.id, '/codes')}`);
    const row = page.getByRole('table', { name: 'Batches' }).locator('tbody tr');
    expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['2', '1', '0']));
    expect(await page.locator('main').textContent()).not.toContain(code);
    await staff.close();

    // Both pages pass axe-core (WCAG 2.1 A and AA): the codes page, and the form refusing a code.
    const codesPage = await staffAxeViolations(browser, session, async (p) => {
      await p.goto(`${baseUrl}${consultationPath(plan.id, '/codes')}`);
    });
    expect(codesPage, describeViolations(codesPage)).toEqual([]);
    const refusedForm = await axeViolations(
      browser,
      async (p) => {
        await p.goto(`${baseUrl}/c/${plan.slug}`);
        await p.getByRole('textbox', { name: /^Ihr Teilnahme-Code/ }).fill('ZZZZ-ZZZZ-ZZZZ');
        await submitWith(p, p.getByRole('button', { name: 'Antworten absenden' }));
      },
      { locale: 'de-DE' },
    );
    expect(refusedForm, describeViolations(refusedForm)).toEqual([]);
  });
});
