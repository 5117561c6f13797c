import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const formUrl = (lang: string) => `${baseUrl}/c/zusammenleben-umfrage?lang=${lang}`;
/** The browser speaks the page's language too, so native widgets (the date field) match it. */
const browserLocale = { de: 'de-DE', ar: 'ar-EG' } as const;

async function submit(page: Page): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.locator('button[type="submit"]').click();
  await loaded;
}

describe.each(['de', 'ar'] as const)('accessibility in %s (axe-core, WCAG 2.1 A and AA)', (lang) => {
  it('finds no violations on the form', async () => {
    const violations = await axeViolations(
      browser,
      async (page) => {
        await page.goto(formUrl(lang));
        if (lang === 'de') {
          await mkdir('test-results', { recursive: true });
          await page.screenshot({ path: 'test-results/form-de.png', fullPage: true });
        }
      },
      { locale: browserLocale[lang] },
    );

    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('finds no violations on the form showing errors', async () => {
    const violations = await axeViolations(
      browser,
      async (page) => {
        await page.goto(formUrl(lang));
        await page.locator('#f-postal_code').fill('301');
        await submit(page);
        expect(await page.locator('.error-summary li').count()).toBe(2);
      },
      { locale: browserLocale[lang] },
    );

    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('finds no violations on the confirmation', async () => {
    const violations = await axeViolations(
      browser,
      async (page) => {
        await page.goto(formUrl(lang));
        await page.locator('#f-privacy').check();
        await submit(page);
        expect(page.url()).toContain('/s/');
      },
      { locale: browserLocale[lang] },
    );

    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
