import type { Browser, Page } from 'playwright-core';
import type { StaffSession } from './admin-session.ts';
import { type AxeViolation, axeViolations } from './axe.ts';

/**
 * axe-core (WCAG 2.1 A and AA) on a staff page: the page opens in axe's own context, signed in with
 * the session's cookie when one is given (anonymous otherwise), in an English-speaking browser like
 * the admin UI's.
 */
export async function staffAxeViolations(
  browser: Browser,
  session: StaffSession | undefined,
  open: (page: Page) => Promise<void>,
): Promise<AxeViolation[]> {
  return await axeViolations(
    browser,
    async (page) => {
      if (session) await page.context().addCookies(session.cookies);
      await open(page);
    },
    { locale: 'en-GB' },
  );
}
