import * as z from 'zod';

const storedEmail = z.object({
  messageId: z.string(),
  destination: z.object({ to: z.array(z.string()) }),
  subject: z.string(),
  body: z.object({ text: z.string().optional(), html: z.string().optional() }),
});
export type StoredEmail = z.infer<typeof storedEmail>;

/** The emails the local SES holds for a recipient (its JSON store, `GET /store`). */
export async function emailsTo(sesUrl: string, recipient: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesUrl}/store`);
  const store = z.object({ emails: z.array(storedEmail) }).parse(await response.json());
  return store.emails.filter((email) => email.destination.to.includes(recipient));
}

/** Every email the local SES holds, in the order it received them. */
export async function allEmails(sesUrl: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesUrl}/store`);
  return z.object({ emails: z.array(storedEmail) }).parse(await response.json()).emails;
}

/**
 * Waits until the recipient has at least one email, then a little longer (several poll intervals of
 * the stream poller) so a duplicate would have arrived too; returns all of them.
 */
export async function settledEmailsTo(
  sesUrl: string,
  recipient: string,
  timeoutMs = 15_000,
): Promise<StoredEmail[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await emailsTo(sesUrl, recipient)).length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return await emailsTo(sesUrl, recipient);
}

/** A recipient address no other test uses. */
export function uniqueAddress(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}
