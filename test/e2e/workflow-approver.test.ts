import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { signWithPlatformKey } from './support/link-signing.ts';
import { itemsOf, platformRepository } from './support/platform-table.ts';
import { PROPOSAL_PEOPLE, PROPOSAL_SLUG, submitProposal } from './support/proposal.ts';
import { waitForMails } from './support/workflow-mail.ts';
import { decisionLinkOf } from './support/workflow-steps.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
const { experts } = PROPOSAL_PEOPLE;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Chooses a decision, optionally types a comment and submits the review page's form. */
async function submitDecision(page: Page, choice: string, comment?: string): Promise<void> {
  await page.getByLabel(choice, { exact: true }).check();
  if (comment !== undefined) await page.getByLabel('Kommentar').fill(comment);
  const loaded = page.waitForEvent('load');
  await page.locator('form[method="post"] button[type="submit"]').click();
  await loaded;
}

describe('an approver with the emailed link in the browser', () => {
  it('reads the proposal, approves it with a comment and sees that the decision is saved', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'browser');
    const link = await decisionLinkOf(sesUrl, experts[0], proposal.reference);
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();

    // Act
    await page.goto(`${baseUrl}${link}`);
    const heading = await page.locator('h1').textContent();
    const shown = (await page.locator('main').textContent()) ?? '';
    await submitDecision(page, 'Annehmen', 'Gute Idee, gern zuerst in Linden.');

    // Assess
    expect(heading).toContain('Bitte um Ihre Entscheidung');
    expect(shown).toContain(proposal.title);
    expect(shown).toContain('Sprachcafé');
    expect(shown).not.toContain(proposal.submitter);
    expect(await page.locator('h1').textContent()).toContain(
      'Vielen Dank, Ihre Entscheidung ist gespeichert',
    );
    const markers = (await itemsOf(proposal.submissionId)).filter((item) => item.kind === 'decision');
    expect(markers).toMatchObject([
      { approver: experts[0], decision: 'approve', comment: 'Gute Idee, gern zuerst in Linden.' },
    ]);
    await context.close();
  });
});

/** The review page's statement of the rule, its tally as label → count, and each option's effect. */
async function ruleShownOn(page: Page) {
  const rule = (await page.locator('section[aria-labelledby="review-rule"] .rule').textContent()) ?? '';
  const tally = Object.fromEntries(
    await page
      .locator('.tally > div')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd')?.textContent ?? '',
        ]),
      ),
  );
  const effect = async (decision: string) =>
    (await page.locator(`#f-decision-${decision}-effect`).textContent()) ?? '';
  return { rule, tally, reject: await effect('reject'), approve: await effect('approve') };
}

describe('a quorum stage (2 of 3) in the browser', () => {
  it('counts one expert’s rejection without ending the proposal, and ends it with the second', async () => {
    // Prepare: the one step that submits the proposal (see support/proposal.ts).
    const proposal = await submitProposal(baseUrl, 'quorum-browser');
    const about = proposal.reference;
    const [first, second, third] = await Promise.all(
      experts.map((expert) => decisionLinkOf(sesUrl, expert, about)),
    );
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();

    // Act: the first expert reads what a rejection will do, then rejects.
    await page.goto(`${baseUrl}${first}?lang=de`);
    const before = await ruleShownOn(page);
    const rejectRadio = page.getByLabel('Ablehnen', { exact: true });
    const describedBy = await rejectRadio.getAttribute('aria-describedby');
    await submitDecision(page, 'Ablehnen', 'Zu teuer für 2027.');

    // Assess: the rule and the effect were said before the click; the proposal is still with the experts.
    expect(before).toEqual({
      rule: '2 von 3 Zustimmungen nötig.',
      tally: { Zustimmungen: '0', Ablehnungen: '0', Rücksendungen: '0', 'Noch offen': '3' },
      reject: 'Ihre Ablehnung wird gezählt; entschieden ist noch nichts.',
      approve: 'Ihre Zustimmung wird gezählt; entschieden ist noch nichts.',
    });
    expect(describedBy).toBe('f-decision-reject-effect');
    expect(await page.locator('h1').textContent()).toContain(
      'Vielen Dank, Ihre Entscheidung ist gespeichert',
    );
    expect(await stateOf(proposal.submissionId)).toMatchObject({
      status: 'inStage',
      stageId: 'expertengruppe',
    });

    // Act: the second expert opens the link: one rejection is counted, theirs would decide.
    await page.goto(`${baseUrl}${second}?lang=de`);
    const after = await ruleShownOn(page);
    const main = (await page.locator('main').textContent()) ?? '';
    await submitDecision(page, 'Ablehnen', 'Die Bibliotheken haben kein Personal dafür.');

    // Assess: counts without names; the second rejection ends the proposal; the third finds it closed.
    expect(after).toEqual({
      rule: '2 von 3 Zustimmungen nötig.',
      tally: { Zustimmungen: '0', Ablehnungen: '1', Rücksendungen: '0', 'Noch offen': '2' },
      reject: 'Mit Ihrer Ablehnung ist der Beitrag abgelehnt.',
      approve: 'Ihre Zustimmung wird gezählt; entschieden ist noch nichts.',
    });
    expect(main).not.toMatch(/Anna Becker|Mehmet Yılmaz|Olena Kovalenko/);
    expect(await stateOf(proposal.submissionId)).toMatchObject({
      status: 'rejected',
      stageId: 'expertengruppe',
      comment: 'Zu teuer für 2027.\n\nDie Bibliotheken haben kein Personal dafür.',
    });
    await page.goto(`${baseUrl}${third}?lang=de`);
    expect(await page.locator('h1').textContent()).toContain('Diese Stufe ist abgeschlossen');
    const [rejected] = await waitForMails(sesUrl, { to: proposal.submitter, about, subject: 'Abgelehnt' });
    expect(rejected?.body.text).toContain('Die Bibliotheken haben kein Personal dafür.');
    await context.close();
  });
});

/** Where a proposal's workflow stands, read from the table. */
async function stateOf(submissionId: string) {
  return (await platformRepository().getSubmission(PROPOSAL_SLUG, submissionId))?.workflow?.state;
}

/** The browser speaks the page's language too. */
const browserLocale = { de: 'de-DE', ar: 'ar-EG' } as const;
/** The label of the approve choice in each language (the catalogue's `review.choices.approve`). */
const approveLabel = { de: 'Annehmen', ar: 'موافقة' } as const;

describe.each(['de', 'ar'] as const)('the approver pages in %s (axe-core, WCAG 2.1 A and AA)', (lang) => {
  let link = '';
  let expired = '';

  beforeAll(async () => {
    const proposal = await submitProposal(baseUrl, `axe-${lang}`);
    link = `${await decisionLinkOf(sesUrl, experts[1], proposal.reference)}?lang=${lang}`;
    const token = await signWithPlatformKey({
      purpose: 'decide',
      consultationId: PROPOSAL_SLUG,
      submissionId: proposal.submissionId,
      stageId: 'expertengruppe',
      approver: experts[2],
      round: 1,
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    });
    expired = `/r/${token}?lang=${lang}`;
  });

  const check = async (open: (page: Page) => Promise<void>) => {
    const violations = await axeViolations(browser, open, { locale: browserLocale[lang] });
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  it('finds no violations on the review page', async () => {
    await check(async (page) => {
      await page.goto(`${baseUrl}${link}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    });
  });

  it('finds no violations on the review page showing an error', async () => {
    await check(async (page) => {
      await page.goto(`${baseUrl}${link}`);
      const loaded = page.waitForEvent('load');
      await page.locator('form[method="post"] button[type="submit"]').click();
      await loaded;
      expect(await page.locator('.error-summary').count()).toBe(1);
    });
  });

  it('finds no violations on the done page', async () => {
    await check(async (page) => {
      await page.goto(`${baseUrl}${link}`);
      await submitDecision(page, approveLabel[lang]);
      expect(await page.locator('form[method="post"]').count()).toBe(0);
    });
  });

  it('finds no violations on the already-decided page', async () => {
    await check(async (page) => {
      const response = await page.goto(`${baseUrl}${link}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('form[method="post"]').count()).toBe(0);
    });
  });

  it('finds no violations on the expired page', async () => {
    await check(async (page) => {
      const response = await page.goto(`${baseUrl}${expired}`);
      expect(response?.status()).toBe(410);
      expect(await page.locator('form[action*="/renew"]').count()).toBe(1);
    });
  });
});
