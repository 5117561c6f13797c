import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { confirmationMail, confirmPathIn } from './support/confirm-mail.ts';
import { postFormIn } from './support/html-form.ts';
import { emailsTo, settledEmailsTo, uniqueAddress } from './support/inbox.ts';
import { PROPOSAL_PEOPLE, PROPOSAL_SLUG } from './support/proposal.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Posts the proposal form once, with the attacker's text and someone else's address. */
async function propose(victim: string, title: string): Promise<number> {
  const form = postFormIn(await (await fetch(`${baseUrl}/c/${PROPOSAL_SLUG}?lang=de`)).text());
  const body = new URLSearchParams({
    _sid: form.fields.get('_sid') ?? '',
    _v: form.fields.get('_v') ?? '',
    _lang: 'de',
    title,
    goal_area: 'bildung',
    description: `${title}: Kaufen Sie jetzt! Dieser Text stammt nicht von der Person, deren Adresse hier steht.`,
    beneficiaries: 'familien',
    name: 'Nicht das Opfer',
    email: victim,
    _copy: 'yes',
    privacy: 'yes',
  });
  const response = await fetch(`${baseUrl}/c/${PROPOSAL_SLUG}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the city sender relays nobody’s text', () => {
  it('sends 15 proposals with a victim’s address as at most 3 confirmation mails, without their text, and none to the experts', async () => {
    // Prepare
    const victim = uniqueAddress('victim');
    const marker = `Werbung-${Date.now().toString(36)}`;
    const expertMails = async () =>
      (await Promise.all(PROPOSAL_PEOPLE.experts.map((expert) => emailsTo(sesUrl, expert)))).flat().length;
    const expertsBefore = await expertMails();
    // Act
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push(await propose(victim, `${marker} ${i}`));
    // Assess
    const mails = await settledEmailsTo(sesUrl, victim);
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail.body.text).not.toContain(marker);
      expect(mail.body.html).not.toContain(marker);
    }
    expect(await expertMails()).toBe(expertsBefore);
  });

  it('finds no accessibility violations on the confirmation link’s page (de and ar)', async () => {
    const victim = uniqueAddress('axe-confirm');
    expect(await propose(victim, 'Barrierefrei bestätigen')).toBe(202);
    const path = confirmPathIn(await confirmationMail(sesUrl, victim));
    for (const lang of ['de', 'ar']) {
      const violations = await axeViolations(browser, async (page) => {
        await page.goto(`${baseUrl}${path}?lang=${lang}`);
        expect(await page.locator('form[method="post"] button').count()).toBe(1);
      });
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});
