import type { Browser, BrowserContext, Cookie, Locator, Page } from 'playwright-core';
import { createAdminRepository } from '../../../shared/storage/index.ts';
import { emailsTo, type StoredEmail, uniqueAddress } from './inbox.ts';
import { platformTable } from './platform-table.ts';

/*
 * Staff sign-in in the browser, as a staff member does it: the address on /admin, the mail in the
 * local SES, the link's page and its button. The platform sends at most one sign-in mail per address
 * every ten minutes, so no two test files may sign in with the same address: admin-staff-flow uses
 * the platform's ADMIN_EMAIL, every other file an admin of its own (storeAdmin).
 */

/** Words of the sign-in mail's subject (shared/email/sign-in.ts). */
export const SIGN_IN_SUBJECT = 'Sign in to Mitwirken';

/** A signed-in staff member: the session cookie (Path=/) and the link that made it (spent now). */
export interface StaffSession {
  email: string;
  cookies: Cookie[];
  /** The emailed link, e.g. `http://localhost:4000/admin/sign-in/<token>`. */
  link: string;
}

/** Clicks a submit button and waits until the page it leads to (after any redirect) has loaded. */
export async function submitWith(page: Page, button: Locator): Promise<void> {
  const loaded = page.waitForEvent('load');
  await button.click();
  await loaded;
}

/** On /admin: types the address and asks for a link; ends on the "Check your email" page. */
export async function requestSignInMail(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('Email address').fill(email);
  await submitWith(page, page.getByRole('button', { name: 'Email me a sign-in link' }));
}

/**
 * The sign-in link of the newest sign-in mail to `email`, polled from the local SES (the mailer
 * sends it from the table's stream); fails after the deadline.
 */
export async function signInLinkFor(sesUrl: string, email: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await emailsTo(sesUrl, email)).filter((mail) => mail.subject.includes(SIGN_IN_SUBJECT));
    const newest = mails.at(-1);
    if (newest) return linkIn(newest);
    if (Date.now() > deadline) throw new Error(`No sign-in mail to ${email} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The one `/admin/sign-in/<token>` link of a sign-in mail's text. */
export function linkIn(mail: StoredEmail): string {
  const text = mail.body.text ?? '';
  const links = new Set(text.match(/https?:\/\/[^\s/]+\/admin\/sign-in\/[A-Za-z0-9_.-]+/g) ?? []);
  const [link] = links;
  if (links.size !== 1 || link === undefined) {
    throw new Error(`Expected one sign-in link in "${mail.subject}", found ${links.size}:\n${text}`);
  }
  return link;
}

/** Opens the emailed link and presses its "Sign in as <email>" button; ends where the sign-in leads. */
export async function spendSignInLink(page: Page, link: string, email: string): Promise<void> {
  await page.goto(link);
  await submitWith(page, page.getByRole('button', { name: `Sign in as ${email}` }));
}

/** Signs in through the mail link in a context of its own and returns the session's cookies. */
export async function signInThroughMail(
  browser: Browser,
  urls: { baseUrl: string; sesUrl: string },
  email: string,
): Promise<StaffSession> {
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await requestSignInMail(page, urls.baseUrl, email);
    const link = await signInLinkFor(urls.sesUrl, email);
    await spendSignInLink(page, link, email);
    if (new URL(page.url()).pathname !== '/admin/consultations') {
      throw new Error(
        `Signing in as ${email} ended on ${page.url()}: ${await page.locator('h1').textContent()}`,
      );
    }
    return { email, cookies: await context.cookies(), link };
  } finally {
    await context.close();
  }
}

/** A new browser context (English) carrying the staff member's session cookie. */
export async function staffContext(browser: Browser, session: StaffSession): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB' });
  await context.addCookies(session.cookies);
  return context;
}

/**
 * Stores an admin with an address unique to this run (as the staff page would), so a test file can
 * ask for its own sign-in mail: a stored record may sign in like the allow-list's address.
 */
export async function storeAdmin(label: string): Promise<string> {
  const email = uniqueAddress(label);
  const at = new Date().toISOString();
  await createAdminRepository(platformTable()).putStaff(
    { email, role: 'admin', updatedAt: at, updatedBy: 'e2e-setup@example.org' },
    {
      scope: { kind: 'staff' },
      actor: 'e2e-setup@example.org',
      action: 'staffSaved',
      summary: `Saved ${email} as admin (e2e test setup)`,
      at,
    },
  );
  return email;
}
