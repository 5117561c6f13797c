import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function htmlAttributes(url: string, locale: string) {
  const context = await browser.newContext({ locale });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const html = page.locator('html');
    return {
      lang: await html.getAttribute('lang'),
      dir: await html.getAttribute('dir'),
      heading: (await page.locator('h1').textContent())?.trim(),
    };
  } finally {
    await context.close();
  }
}

describe('the language of a form', () => {
  it('is Arabic, right to left, with ?lang=ar whatever the browser prefers', async () => {
    const page = await htmlAttributes(`${baseUrl}/c/zusammenleben-umfrage?lang=ar`, 'de-DE');

    expect(page).toEqual({ lang: 'ar', dir: 'rtl', heading: 'العيش المشترك في هانوفر – رأيكم يهمّنا' });
  });

  it('follows the browser language when no language is chosen', async () => {
    const page = await htmlAttributes(`${baseUrl}/c/zusammenleben-umfrage`, 'en-US');

    expect(page).toEqual({
      lang: 'en',
      dir: 'ltr',
      heading: 'Living together in Hannover – your opinion counts',
    });
  });

  it('falls back to the default language for a browser language the form does not offer', async () => {
    const page = await htmlAttributes(`${baseUrl}/c/zusammenleben-umfrage`, 'ja-JP');

    expect(page).toMatchObject({ lang: 'de', dir: 'ltr' });
  });
});
