import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type ConsultationPlan,
  consultationPath,
  createFromScratch,
  fillDraft,
  isoInDays,
  publish,
} from './support/admin-editor.ts';
import { requestSignInMail, signInLinkFor, spendSignInLink, submitWith } from './support/admin-session.ts';
import { launchChromium } from './support/chromium.ts';
import { emailsTo, uniqueAddress } from './support/inbox.ts';
import { decisionPathIn, payloadOf, waitForMails } from './support/workflow-mail.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
const adminEmail = inject('adminEmail');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const PREVIEW_NOTICE = 'Preview – not published; answers are not sent';
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** A consultation on cycle paths in German and English: three field types, two approval stages. */
const plan: ConsultationPlan = {
  id: `e2e-radwege-${run}`,
  slug: `e2e-radwege-${run}`,
  languages: ['de', 'en'],
  defaultLanguage: 'de',
  opens: isoInDays(-1),
  closes: isoInDays(14),
  retentionDays: 90,
  contact: {
    email: uniqueAddress('radverkehr'),
    name: { de: 'Fachbereich Radverkehr', en: 'Cycling department' },
  },
  title: { de: `Radwege in Linden (${run})`, en: `Cycle paths in Linden (${run})` },
  intro: {
    de: 'Sagen Sie uns, wo das Radfahren in Linden sicherer werden muss.',
    en: 'Tell us where cycling in Linden has to become safer.',
  },
  thankYou: { de: 'Danke für Ihren Hinweis.', en: 'Thank you for your suggestion.' },
  fields: [
    {
      type: 'text',
      id: 'street',
      label: { de: 'Welche Straße meinen Sie?', en: 'Which street do you mean?' },
      required: true,
    },
    {
      type: 'radio',
      id: 'frequency',
      label: { de: 'Wie oft fahren Sie dort?', en: 'How often do you ride there?' },
      required: true,
      options: [
        { value: 'daily', label: { de: 'Täglich', en: 'Daily' } },
        { value: 'rarely', label: { de: 'Selten', en: 'Rarely' } },
      ],
    },
    {
      type: 'email',
      id: 'contact_email',
      label: { de: 'Ihre Adresse für Rückfragen', en: 'Your address for questions' },
    },
  ],
  stages: [
    {
      id: 'fachamt',
      name: { de: 'Fachamt', en: 'Specialist office' },
      approver: { email: uniqueAddress('fachamt'), name: 'Dana Fach' },
    },
    {
      id: 'leitung',
      name: { de: 'Amtsleitung', en: 'Head of department' },
      approver: { email: uniqueAddress('leitung'), name: 'Lea Leitung' },
    },
  ],
};

/** The preview in one language: the draft's title, the staff notice and a form that cannot send. */
async function expectPreview(page: Page, language: 'de' | 'en'): Promise<void> {
  expect(new URL(page.url()).pathname).toBe(consultationPath(plan.id, '/preview'));
  expect(await page.locator('html').getAttribute('lang')).toBe(language);
  expect(await page.locator('h1').textContent()).toBe(plan.title[language]);
  const note = page.getByRole('note');
  expect((await note.textContent())?.startsWith(PREVIEW_NOTICE)).toBe(true);
  // The way back to the consultation's staff page, named as that page names it (default language).
  const back = note.getByRole('link', { name: `Back to ${plan.title.de} (staff)` });
  expect(await back.getAttribute('href')).toBe(consultationPath(plan.id));
  const form = page.locator('main form');
  expect(await form.count()).toBe(1);
  expect(await form.getAttribute('action')).toBeNull();
  expect(await page.locator('form[method="post" i]').count()).toBe(0);
  expect(await form.locator('button[type="submit"]').isDisabled()).toBe(true);
  const options = plan.fields[1]?.type === 'radio' ? plan.fields[1].options : [];
  for (const option of options) {
    expect(await form.getByRole('radio', { name: option.label[language] }).count()).toBe(1);
  }
}

describe('a staff member runs a new consultation end to end in the browser', () => {
  it('signs in by mail, builds, previews and publishes it; a submission reaches the inbox and the first approver', async () => {
    const staff = await browser.newContext({ locale: 'en-GB' });
    const page = await staff.newPage();

    // Sign in: the address on /admin, the link from the local inbox, the button on the link's page.
    await requestSignInMail(page, baseUrl, adminEmail);
    expect(await page.locator('h1').textContent()).toBe('Check your email');
    const link = await signInLinkFor(sesUrl, adminEmail);
    expect(link.startsWith(`${baseUrl}/admin/sign-in/`)).toBe(true);
    await spendSignInLink(page, link, adminEmail);
    expect(new URL(page.url()).pathname).toBe('/admin/consultations');
    expect(await page.locator('header').textContent()).toContain(`Signed in as ${adminEmail} (admin)`);

    // Create from scratch in German and English, then every section of the editor.
    await createFromScratch(page, baseUrl, plan);
    await fillDraft(page, baseUrl, plan);
    await page.goto(`${baseUrl}${consultationPath(plan.id)}`);
    expect(await page.locator('h1').textContent()).toContain(plan.title.de);
    expect(await page.locator('main').textContent()).toContain(
      'The draft is complete and valid: it can be published.',
    );

    // Preview in German and in English.
    await submitWith(page, page.getByRole('link', { name: 'Preview in German (de)' }));
    await expectPreview(page, 'de');
    await submitWith(page, page.getByRole('link', { name: `Back to ${plan.title.de} (staff)` }));
    expect(new URL(page.url()).pathname).toBe(consultationPath(plan.id));
    await submitWith(page, page.getByRole('link', { name: 'Preview in English (en)' }));
    await expectPreview(page, 'en');

    // Publish: open now (it opened yesterday).
    await publish(page, baseUrl, plan.id);
    expect(await page.locator('h1 .tag').textContent()).toBe('Open');

    // A resident without a session answers in German.
    const resident = await browser.newContext({ locale: 'de-DE' });
    const form = await resident.newPage();
    await form.goto(`${baseUrl}/c/${plan.slug}`);
    expect(await form.locator('h1').textContent()).toBe(plan.title.de);
    await form.getByRole('textbox', { name: /^Welche Straße meinen Sie\?/ }).fill('Limmerstraße');
    await form.getByRole('radio', { name: 'Täglich' }).check();
    await form
      .getByRole('textbox', { name: /^Ihre Adresse für Rückfragen/ })
      .fill(uniqueAddress('anwohnerin'));
    await submitWith(form, form.getByRole('button', { name: 'Antworten absenden' }));
    expect(new URL(form.url()).pathname).toMatch(new RegExp(`^/c/${plan.slug}/s/[0-9A-Z]{26}$`));
    const reference = (await form.locator('.panel__reference').textContent())?.trim() ?? '';
    expect(reference).not.toBe('');
    await resident.close();

    // Back as staff: the inbox lists the reference; its detail shows the answers and "Submitted".
    await page.goto(`${baseUrl}${consultationPath(plan.id)}`);
    await submitWith(page, page.getByRole('link', { name: 'open the submissions inbox' }));
    expect(new URL(page.url()).pathname).toBe(consultationPath(plan.id, '/submissions'));
    const listed = page.getByRole('table', { name: /^Submissions, newest first/ });
    await submitWith(page, listed.getByRole('link', { name: reference }));
    expect(new URL(page.url()).pathname).toMatch(
      new RegExp(`^${consultationPath(plan.id, '/submissions/')}[0-9A-Z]{26}$`),
    );
    expect(await page.locator('main').textContent()).toContain('Limmerstraße');
    const trail = page.getByRole('table', { name: /^Events, oldest first/ });
    expect(await trail.getByRole('rowheader').allTextContents()).toContain('Submitted');

    // The first stage's approver gets the decision email; the second stage's nobody yet.
    const [first, second] = plan.stages;
    const mails = await waitForMails(
      sesUrl,
      { to: first?.approver.email ?? '', about: reference },
      1,
      15_000,
    );
    const [mail] = mails;
    if (mails.length !== 1 || mail === undefined) throw new Error(`${mails.length} decision emails`);
    const decision = decisionPathIn(mail);
    expect(decision).toMatch(/^\/r\//);
    expect(payloadOf(decision)).toMatchObject({
      purpose: 'decide',
      consultationId: plan.id,
      stageId: 'fachamt',
      approver: first?.approver.email,
    });
    expect(await emailsTo(sesUrl, second?.approver.email ?? '')).toEqual([]);
    await staff.close();
  });
});
