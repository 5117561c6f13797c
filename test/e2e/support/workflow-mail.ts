import * as z from 'zod';
import { allEmails, emailsTo, type StoredEmail } from './inbox.ts';

/**
 * Workflow emails in the local SES. Approver mailboxes are shared by every test (the addresses are
 * in forms/massnahmen-vorschlag.yaml), so emails are told apart by the submission's reference,
 * which every workflow subject carries.
 */
export interface MailQuery {
  to: string;
  /** Text the subject contains, usually the submission's reference. */
  about: string;
  /** More text the subject contains, e.g. a template's first words (`Eingegangen`). */
  subject?: string;
}

/** The emails to one recipient about one submission, in the order they were sent. */
export async function mailsAbout(sesUrl: string, query: MailQuery): Promise<StoredEmail[]> {
  return (await emailsTo(sesUrl, query.to)).filter(
    (email) => email.subject.includes(query.about) && email.subject.includes(query.subject ?? ''),
  );
}

/** Every email about a submission (its reference in the subject), whoever got it. */
export async function mailsToAnyone(sesUrl: string, about: string): Promise<StoredEmail[]> {
  return (await allEmails(sesUrl)).filter((email) => email.subject.includes(about));
}

/** Waits until at least `count` emails match, then returns all that match; fails after the timeout. */
export async function waitForMails(
  sesUrl: string,
  query: MailQuery,
  count = 1,
  timeoutMs = 10_000,
): Promise<StoredEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await mailsAbout(sesUrl, query);
    if (found.length >= count) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `Expected ${count} email(s) to ${query.to} about "${query.about}"${query.subject ? ` saying "${query.subject}"` : ''} within ${timeoutMs} ms, found ${found.length}; all about it: ${(await mailsAbout(sesUrl, { to: query.to, about: query.about })).map((e) => e.subject).join(' | ')}`,
      );
    }
    await sleep(100);
  }
}

/**
 * Waits for `count` emails, then a while longer (several poll intervals of the stream poller), so
 * a duplicate or an unexpected extra email would have arrived too; returns all that match.
 */
export async function settledMails(
  sesUrl: string,
  query: MailQuery,
  count: number,
  settleMs = 1_200,
): Promise<StoredEmail[]> {
  await waitForMails(sesUrl, query, count);
  await sleep(settleMs);
  return await mailsAbout(sesUrl, query);
}

const TOKEN = '[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+';

/** The path (`/r/<token>`) of the decision link in an approver's email, from its text body. */
export function decisionPathIn(email: StoredEmail): string {
  return linkPathIn(email, 'r');
}

/** The path (`/s/<token>`) of the status link in a submitter's email, from its text body. */
export function statusPathIn(email: StoredEmail): string {
  return linkPathIn(email, 's');
}

function linkPathIn(email: StoredEmail, prefix: 'r' | 's'): string {
  const text = email.body.text ?? '';
  const links = [...text.matchAll(new RegExp(`https?://[^/\\s]+(/${prefix}/${TOKEN})(?![\\w.-])`, 'g'))].map(
    (match) => match[1],
  );
  const distinct = [...new Set(links)];
  if (distinct.length !== 1 || distinct[0] === undefined) {
    throw new Error(
      `Expected one /${prefix}/ link in "${email.subject}", found ${distinct.length}:\n${text}`,
    );
  }
  return distinct[0];
}

const claimsSchema = z.object({
  purpose: z.enum(['decide', 'status']),
  consultationId: z.string(),
  submissionId: z.string(),
  stageId: z.string().optional(),
  approver: z.string().optional(),
  round: z.number().optional(),
  expiresAt: z.number(),
});
export type LinkPayload = z.infer<typeof claimsSchema>;

/** What a link's token says about itself (its payload, not verified): to check which link an email carries. */
export function payloadOf(path: string): LinkPayload {
  const token = path.split('/').pop() ?? '';
  const payload = token.split('.')[0] ?? '';
  return claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
