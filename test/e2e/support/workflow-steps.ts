import { expect } from 'vitest';
import { type DecisionChoice, decide, landingOf, textOf } from './approver.ts';
import type { StoredEmail } from './inbox.ts';
import { decisionPathIn, waitForMails } from './workflow-mail.ts';

/*
 * Steps the workflow tests repeat: find an approver's link in their inbox, decide through it and
 * expect the decision to be recorded.
 */

/** The decision link (`/r/<token>`) of the `nth` email (oldest first) to an approver about a submission. */
export async function decisionLinkOf(
  sesUrl: string,
  approver: string,
  reference: string,
  nth = 1,
): Promise<string> {
  const mails = await waitForMails(sesUrl, { to: approver, about: reference }, nth);
  return decisionPathIn(nthOf(mails, nth, approver));
}

/**
 * A link's path with `?lang=de`: approvers see their own language (one expert reads Turkish, one
 * Ukrainian), the tests read German.
 */
export function inGerman(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=de`;
}

/** Decides through the link's page (in German) and expects the done page (directly or after a redirect). */
export async function decideOrFail(
  baseUrl: string,
  path: string,
  decision: DecisionChoice = 'approve',
  comment?: string,
): Promise<void> {
  const posted = await decide(baseUrl, inGerman(path), decision, comment);
  expect(posted.status, textOf(posted.html).slice(0, 400)).toBeLessThan(400);
  const done = await landingOf(baseUrl, posted);
  expect(textOf(done.html)).toContain('Vielen Dank, Ihre Entscheidung ist gespeichert');
}

/** The `nth` email of a list (1-based), or a failure that names whose it should have been. */
export function nthOf(mails: readonly StoredEmail[], nth: number, whose: string): StoredEmail {
  const mail = mails[nth - 1];
  if (!mail) throw new Error(`No email ${nth} to ${whose}`);
  return mail;
}
