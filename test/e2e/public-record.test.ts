import type { Browser } from 'playwright-core';
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

const LEGAL_PAGES = [
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/kontakt',
  '/c/strategiepapier-name/datenschutz',
];

describe.each(['de', 'ar', 'de-x-ls'] as const)('the public record in %s', (lang) => {
  it.each(LEGAL_PAGES)(
    '%s has no axe violations, a footer, and no horizontal scroll at 320 px',
    async (path) => {
      let scrollWidth = 0;
      const violations = await axeViolations(browser, async (page) => {
        await page.setViewportSize({ width: 320, height: 640 });
        const response = await page.goto(`${baseUrl}${path}?lang=${lang}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('footer nav a').count()).toBe(4);
        scrollWidth = await page.evaluate(
          () => Reflect.get(globalThis, 'document').documentElement.scrollWidth,
        );
      });
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    },
  );
});

describe.each(['de', 'ar'] as const)('the live results of the survey in %s', (lang) => {
  it('shows the scale question as a table and a chart, has no axe violations and does not scroll sideways', async () => {
    let scrollWidth = 0;
    const violations = await axeViolations(browser, async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${baseUrl}/c/zusammenleben-umfrage/results?lang=${lang}`);
      expect(await page.locator('table.results').count()).toBe(1);
      expect(await page.locator('svg[role="img"]').count()).toBe(1);
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      scrollWidth = await page.evaluate(
        () => Reflect.get(globalThis, 'document').documentElement.scrollWidth,
      );
    });
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});

describe('the poll before its close', () => {
  it('promises its results without showing any figure', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/c/strategiepapier-name/results?lang=de`);
    expect(await page.locator('h1').textContent()).toBe('Die Ergebnisse sind noch nicht veröffentlicht');
    expect(await page.locator('table').count()).toBe(0);
    await page.close();
  });
});
