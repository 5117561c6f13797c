import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/chromium.ts';
import { settledEmailsTo, uniqueAddress } from './support/inbox.ts';
import { focusedElement, focusedMatches, tabTo } from './support/keyboard.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Presses a key and waits for the page the form submission leads to. */
async function submitWith(page: Page, key: string): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.keyboard.press(key);
  await loaded;
}

describe('the survey with the keyboard only', () => {
  it('can be filled in, corrected after an error and confirmed, with one copy by email', async () => {
    // Prepare
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const address = uniqueAddress('keyboard');
    await page.goto(`${baseUrl}/c/zusammenleben-umfrage`);

    // Act: everything below uses only Tab, Space, arrow keys, typing and Enter.
    await tabTo(page, '#f-wellbeing');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await tabTo(page, '#f-meeting_places');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-meeting_places-o-verein');
    await page.keyboard.press('Space');
    await tabTo(page, '#f-discrimination');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#f-improvements');
    await page.keyboard.type('Mehr Orte, an denen sich Nachbarn begegnen.');
    await tabTo(page, '#f-age_group');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, '#f-household_size');
    await page.keyboard.type('3');
    await tabTo(page, '#f-postal_code');
    await page.keyboard.type('30159');
    await tabTo(page, '#f-email');
    await page.keyboard.type(address);
    await tabTo(page, '#f-_copy');
    await page.keyboard.press('Space');
    // The required consent is left out on purpose.
    await tabTo(page, 'button[type="submit"]');
    const ageGroup = await page.locator('#f-age_group').inputValue();
    await submitWith(page, 'Enter');

    // Assess: the error summary leads, links to the field, and every answer is still there.
    const summary = page.locator('.error-summary');
    expect(await summary.isVisible()).toBe(true);
    const summaryLeads = await page.evaluate(() => {
      const document = Reflect.get(globalThis, 'document') as {
        querySelector(s: string): unknown;
        activeElement: unknown;
      };
      const summaryElement = document.querySelector('.error-summary');
      // autofocus: the summary itself has focus, before any key is pressed.
      return document.activeElement === summaryElement;
    });
    expect(summaryLeads).toBe(true);
    expect(await page.locator('#f-wellbeing-o-4').isChecked()).toBe(true);
    expect(
      await page
        .locator('input[name="meeting_places"]:checked')
        .evaluateAll((els) => els.map((e) => Reflect.get(e, 'value'))),
    ).toEqual(['nachbarschaft', 'verein']);
    expect(await page.locator('#f-discrimination-o-nein').isChecked()).toBe(true);
    expect(await page.locator('#f-improvements').inputValue()).toBe(
      'Mehr Orte, an denen sich Nachbarn begegnen.',
    );
    expect(await page.locator('#f-age_group').inputValue()).toBe(ageGroup);
    expect(ageGroup).not.toBe('');
    expect(await page.locator('#f-household_size').inputValue()).toBe('3');
    expect(await page.locator('#f-postal_code').inputValue()).toBe('30159');
    expect(await page.locator('#f-email').inputValue()).toBe(address);
    expect(await page.locator('#f-_copy').isChecked()).toBe(true);

    // One Tab from the focused summary reaches its first (here: only) error link.
    await page.keyboard.press('Tab');
    expect(await focusedMatches(page, '.error-summary a[href="#f-privacy"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedMatches(page, '#f-privacy'), `focus is on ${await focusedElement(page)}`).toBe(true);

    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await submitWith(page, 'Enter');

    expect(page.url()).toMatch(/\/c\/zusammenleben-umfrage\/s\/[0-9A-Z]{26}\?lang=de$/);
    const reference = (await page.locator('.panel__reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const emails = await settledEmailsTo(sesUrl, address);
    expect(emails).toHaveLength(1);
    expect(`${emails[0]?.subject}\n${emails[0]?.body.text}`).toContain(reference);
    await context.close();
  });
});
