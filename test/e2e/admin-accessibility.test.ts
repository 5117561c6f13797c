import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signSignInToken } from '../../shared/admin/sign-in-token.ts';
import { staffAxeViolations } from './support/admin-axe.ts';
import {
  type ConsultationPlan,
  consultationPath,
  createFromScratch,
  fillDraft,
  isoInDays,
  openSection,
  pressInSection,
  publish,
  type Section,
} from './support/admin-editor.ts';
import {
  type StaffSession,
  signInThroughMail,
  staffContext,
  storeAdmin,
  submitWith,
} from './support/admin-session.ts';
import { describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { uniqueAddress } from './support/inbox.ts';
import { platformStaffKeyring } from './support/link-signing.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
const SECTIONS: readonly Section[] = ['settings', 'texts', 'fields', 'workflow'];

/** A new draft in German and Arabic with nothing filled in and a workflow stage without approver. */
const incomplete = { id: `e2e-a11y-entwurf-${run}`, slug: `e2e-a11y-entwurf-${run}` };

/** A complete consultation in German and Arabic (right to left), published, with one submission. */
const complete: ConsultationPlan = {
  id: `e2e-a11y-${run}`,
  slug: `e2e-a11y-${run}`,
  languages: ['de', 'ar'],
  defaultLanguage: 'de',
  opens: isoInDays(-1),
  closes: isoInDays(30),
  retentionDays: 60,
  contact: { email: uniqueAddress('a11y-kontakt'), name: { de: 'Integrationsbüro', ar: 'مكتب الاندماج' } },
  title: { de: `Nachbarschaftsgarten (${run})`, ar: `حديقة الحي (${run})` },
  intro: { de: 'Wie soll der Garten aussehen?', ar: 'كيف يجب أن تبدو الحديقة؟' },
  thankYou: { de: 'Vielen Dank!', ar: 'شكرا جزيلا!' },
  fields: [
    { type: 'text', id: 'idea', label: { de: 'Ihre Idee', ar: 'فكرتك' }, required: true },
    {
      type: 'radio',
      id: 'help',
      label: { de: 'Würden Sie mithelfen?', ar: 'هل ستساعد؟' },
      options: [
        { value: 'yes', label: { de: 'Ja', ar: 'نعم' } },
        { value: 'no', label: { de: 'Nein', ar: 'لا' } },
      ],
    },
    { type: 'email', id: 'email', label: { de: 'E-Mail für Rückfragen', ar: 'البريد الإلكتروني' } },
  ],
  stages: [
    {
      id: 'pruefung',
      name: { de: 'Prüfung', ar: 'مراجعة' },
      approver: { email: uniqueAddress('a11y-pruefung'), name: 'Pia Prüfer' },
    },
  ],
};

let browser: Browser;
let session: StaffSession;
let submissionPath = '';

beforeAll(async () => {
  browser = await launchChromium();
  // An admin of this file's own: the platform mails one sign-in link per address every ten minutes.
  session = await signInThroughMail(browser, { baseUrl, sesUrl }, await storeAdmin('a11y-admin'));
  const staff = await staffContext(browser, session);
  const page = await staff.newPage();

  await createFromScratch(page, baseUrl, { ...incomplete, languages: ['de', 'ar'], defaultLanguage: 'de' });
  await openSection(page, baseUrl, incomplete.id, 'workflow');
  await pressInSection(page, page.getByRole('button', { name: 'Add a workflow' }), 'Adding a workflow');

  await createFromScratch(page, baseUrl, complete);
  await fillDraft(page, baseUrl, complete);
  await publish(page, baseUrl, complete.id);

  const resident = await browser.newContext({ locale: 'de-DE' });
  const form = await resident.newPage();
  await form.goto(`${baseUrl}/c/${complete.slug}?lang=de`);
  await form.getByRole('textbox', { name: /^Ihre Idee/ }).fill('Hochbeete für alle');
  await form.getByRole('radio', { name: 'Ja' }).check();
  await submitWith(form, form.getByRole('button', { name: 'Antworten absenden' }));
  const submissionId = /\/s\/([0-9A-Z]{26})$/.exec(new URL(form.url()).pathname)?.[1];
  if (submissionId === undefined) throw new Error(`The resident's answers ended on ${form.url()}`);
  submissionPath = consultationPath(complete.id, `/submissions/${submissionId}`);
  await resident.close();
  await staff.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs axe on a page opened signed in (or anonymously) and expects no violations. */
async function expectAccessible(
  signedIn: 'signedIn' | 'anonymous',
  open: (page: Page) => Promise<void>,
): Promise<void> {
  const violations = await staffAxeViolations(browser, signedIn === 'signedIn' ? session : undefined, open);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Opens a path and checks the status and the heading, so axe checks the page it is meant to. */
async function openPage(page: Page, path: string, status: number, heading: string | RegExp): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), `${path} status`).toBe(status);
  await expectHeading(page, heading);
}

async function expectHeading(page: Page, heading: string | RegExp): Promise<void> {
  const text = (await page.locator('h1').textContent())?.trim() ?? '';
  if (typeof heading === 'string') expect(text).toBe(heading);
  else expect(text).toMatch(heading);
}

describe('the sign-in pages (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the sign-in page', async () => {
    await expectAccessible('anonymous', async (page) => {
      await openPage(page, '/admin', 200, 'Sign in');
    });
  });

  it('finds no violations on the sign-in page refusing an address', async () => {
    await expectAccessible('anonymous', async (page) => {
      await openPage(page, '/admin', 200, 'Sign in');
      await page.getByLabel('Email address').fill('not an address');
      await submitWith(page, page.getByRole('button', { name: 'Email me a sign-in link' }));
      expect(await page.locator('.error-summary').count()).toBe(1);
    });
  });

  it('finds no violations on the "link sent" page', async () => {
    await expectAccessible('anonymous', async (page) => {
      await openPage(page, '/admin', 200, 'Sign in');
      // Not staff: the same answer, and no mail window of a real member is used up.
      await page.getByLabel('Email address').fill(uniqueAddress('a11y-nobody'));
      await submitWith(page, page.getByRole('button', { name: 'Email me a sign-in link' }));
      await expectHeading(page, 'Check your email');
    });
  });

  it('finds no violations on the page of an emailed link', async () => {
    await expectAccessible('anonymous', async (page) => {
      await page.goto(session.link);
      await expectHeading(page, 'Sign in');
      expect(await page.getByRole('button', { name: `Sign in as ${session.email}` }).count()).toBe(1);
    });
  });

  it('finds no violations on the "link already used" page', async () => {
    await expectAccessible('anonymous', async (page) => {
      await page.goto(session.link);
      await submitWith(page, page.getByRole('button', { name: `Sign in as ${session.email}` }));
      await expectHeading(page, 'This sign-in link was already used');
    });
  });

  it('finds no violations on the "link expired" page', async () => {
    const token = signSignInToken(
      {
        email: session.email,
        nonce: randomBytes(16).toString('base64url'),
        expiresAt: Math.floor(Date.now() / 1000) - 60,
      },
      (await platformStaffKeyring()).current,
    );
    await expectAccessible('anonymous', async (page) => {
      await openPage(page, `/admin/sign-in/${token}`, 410, 'This sign-in link has expired');
    });
  });
});

describe('the consultation pages (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the list of consultations', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, '/admin/consultations', 200, 'Consultations');
      expect(await page.getByRole('link', { name: complete.title.de ?? '' }).count()).toBe(1);
    });
  });

  it('finds no violations on the new-consultation page', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, '/admin/consultations/new', 200, 'New consultation');
    });
  });

  it('finds no violations on the new-consultation page refusing an empty id', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, '/admin/consultations/new', 200, 'New consultation');
      const form = page.getByRole('region', { name: 'Start from scratch' });
      await submitWith(page, form.getByRole('button', { name: 'Create draft' }));
      expect(await page.locator('.error-summary li').count()).toBeGreaterThan(0);
    });
  });

  it('finds no violations on the page of a draft with problems', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, consultationPath(incomplete.id), 200, /Draft$/);
      expect(await page.locator('#draft-issues').count()).toBe(1);
    });
  });

  it('finds no violations on the page of a published consultation', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, consultationPath(complete.id), 200, `${complete.title.de} Open`);
    });
  });

  it.each(SECTIONS)('finds no violations on the %s section showing problems', async (section) => {
    await expectAccessible('signedIn', async (page) => {
      await openSection(page, baseUrl, incomplete.id, section);
      expect(await page.locator('.error-summary li').count()).toBeGreaterThan(0);
    });
  });

  it.each(SECTIONS)('finds no violations on the %s section of a complete draft', async (section) => {
    await expectAccessible('signedIn', async (page) => {
      await openSection(page, baseUrl, complete.id, section);
      expect(new URL(page.url()).pathname).toBe(consultationPath(complete.id, `/edit/${section}`));
      expect(await page.locator('.error-summary').count()).toBe(0);
    });
  });

  it('finds no violations on a section after saving', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openSection(page, baseUrl, complete.id, 'texts');
      await pressInSection(page, page.getByRole('button', { name: 'Save', exact: true }).first(), 'Saving');
      expect(await page.getByRole('status').textContent()).toContain('Saved.');
    });
  });

  it('finds no violations on the page refusing a save of a stale revision', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openSection(page, baseUrl, incomplete.id, 'settings');
      // Someone else changes the draft meanwhile (a save without changes keeps the revision).
      const other = await page.context().newPage();
      await openSection(other, baseUrl, incomplete.id, 'settings');
      await other
        .getByLabel('Days personal data is kept')
        .fill(String(100 + Math.floor(Math.random() * 900)));
      await submitWith(other, other.getByRole('button', { name: 'Save', exact: true }).first());
      await other.close();
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await submitWith(page, page.getByRole('button', { name: 'Save', exact: true }).first());
      expect((await response).status()).toBe(409);
      await expectHeading(page, 'Changed by someone else');
    });
  });

  it('finds no violations on the preview of a draft with problems', async () => {
    await expectAccessible('signedIn', async (page) => {
      const response = await page.goto(`${baseUrl}${consultationPath(incomplete.id, '/preview?lang=de')}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('main a[href*="/edit/"]').count()).toBeGreaterThan(0);
    });
  });

  it.each([
    ['de', 'ltr'],
    ['ar', 'rtl'],
  ] as const)('finds no violations on the preview in %s', async (language, direction) => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(
        page,
        consultationPath(complete.id, `/preview?lang=${language}`),
        200,
        complete.title[language] ?? '',
      );
      expect(await page.locator('html').getAttribute('dir')).toBe(direction);
      expect(await page.getByRole('note').count()).toBe(1);
    });
  });
});

describe('the submissions and staff pages (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds no violations on the inbox with a submission', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, consultationPath(complete.id, '/submissions'), 200, 'Submissions');
      expect(await page.locator(`a[href="${submissionPath}"]`).count()).toBe(1);
    });
  });

  it('finds no violations on the inbox refusing a filter', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, consultationPath(complete.id, '/submissions?status=unknown'), 400, 'Submissions');
      expect(await page.locator('.error-summary').count()).toBe(1);
    });
  });

  it('finds no violations on a submission', async () => {
    await expectAccessible('signedIn', async (page) => {
      const response = await page.goto(`${baseUrl}${submissionPath}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('main').textContent()).toContain('Hochbeete für alle');
    });
  });

  it('finds no violations on the staff page', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, '/admin/staff', 200, 'Staff');
    });
  });

  it('finds no violations on the staff page refusing an address', async () => {
    await expectAccessible('signedIn', async (page) => {
      await openPage(page, '/admin/staff', 200, 'Staff');
      await page.getByLabel(/^Email address/).fill('not an address');
      await submitWith(page, page.getByRole('button', { name: 'Save staff member' }));
      expect(await page.locator('.error-summary li').count()).toBeGreaterThan(0);
    });
  });
});
