import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './support/axe.ts';
import { launchChromium } from './support/chromium.ts';
import { signWithPlatformKey } from './support/link-signing.ts';
import { itemsOf, outboxSettled, platformRepository } from './support/platform-table.ts';
import { PROPOSAL_SLUG, submitProposal } from './support/proposal.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The private status path of a proposal, signed with the platform's key as its emails are. */
async function statusPathOf(submissionId: string): Promise<string> {
  const submission = await platformRepository().getSubmission(PROPOSAL_SLUG, submissionId);
  if (!submission) throw new Error(`No submission ${submissionId}`);
  const token = await signWithPlatformKey({
    purpose: 'status',
    consultationId: PROPOSAL_SLUG,
    submissionId,
    expiresAt: submission.expiresAt,
  });
  return `/s/${token}`;
}

// The proposal form is offered in de, en, tr, ar, ru and uk (no Leichte Sprache version yet).
describe.each(['de', 'ar'] as const)('erasure on request in %s', (lang) => {
  it('walks status page → confirmation → done in Chromium, each page without axe violations, and erases the address', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, `erasure-${lang}`);
    await outboxSettled(proposal.submissionId);
    const statusPath = await statusPathOf(proposal.submissionId);
    const open = async (page: Page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      expect((await page.goto(`${baseUrl}${statusPath}?lang=${lang}`))?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    };
    const toConfirmation = async (page: Page) => {
      await open(page);
      await Promise.all([page.waitForURL(/\/erase$/), page.locator('#erase-start').click()]);
      expect(await page.locator('#erase-confirm').count()).toBe(1);
    };

    // Act and assess: each step is a page of its own in Chromium, each without axe violations.
    const onStatus = await axeViolations(browser, open);
    expect(onStatus, describeViolations(onStatus)).toEqual([]);
    const onConfirmation = await axeViolations(browser, toConfirmation);
    expect(onConfirmation, describeViolations(onConfirmation)).toEqual([]);
    // Nothing is erased until the confirmation's button.
    expect(JSON.stringify(await itemsOf(proposal.submissionId))).toContain(proposal.submitter);
    const onDone = await axeViolations(browser, async (page) => {
      await toConfirmation(page);
      await page.locator('#erase-confirm').click();
      // The done page replaces the confirmation: its button is gone once it has loaded.
      await page.locator('#erase-confirm').waitFor({ state: 'detached' });
      await page.waitForLoadState('load');
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    });
    expect(onDone, describeViolations(onDone)).toEqual([]);
    const stored = await platformRepository().getSubmission(PROPOSAL_SLUG, proposal.submissionId);
    expect(stored?.erasedAt).toBeDefined();
    expect(JSON.stringify(await itemsOf(proposal.submissionId))).not.toContain(proposal.submitter);
  });
});
