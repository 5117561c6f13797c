import { postFormIn } from './html-form.ts';
import { emailsTo, type StoredEmail } from './inbox.ts';

/** Subject start of the confirmation mail of a pending answer (German, shared/i18n/confirm/de.ts). */
export const CONFIRM_SUBJECT = 'Bitte bestätigen Sie Ihre Antwort';

/** Waits for the confirmation mail to `address` and returns it (the newest when several). */
export async function confirmationMail(
  sesUrl: string,
  address: string,
  timeoutMs = 15_000,
): Promise<StoredEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await emailsTo(sesUrl, address))
      .filter((m) => m.subject.startsWith(CONFIRM_SUBJECT))
      .at(-1);
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error(`No confirmation mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The path (`/v/<token>`) of the confirmation link in a confirmation mail. */
export function confirmPathIn(mail: StoredEmail): string {
  const path = /https?:\/\/[^/\s]+(\/v\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(mail.body.text ?? '')?.[1];
  if (!path) throw new Error(`No /v/ link in "${mail.subject}"`);
  return path;
}

/**
 * Confirms the pending answer given with `address` as a resident does: opens the mailed link (a
 * page with a button; opening it changes nothing), then presses the button (its POST confirms).
 * Returns the confirmed page's HTML.
 */
export async function confirmByMail(baseUrl: string, sesUrl: string, address: string): Promise<string> {
  const path = confirmPathIn(await confirmationMail(sesUrl, address));
  const page = await fetch(`${baseUrl}${path}`);
  if (page.status !== 200) throw new Error(`The confirmation link answered ${page.status}`);
  const form = postFormIn(await page.text());
  const pressed = await fetch(new URL(form.action, baseUrl), {
    method: 'POST',
    body: '',
    redirect: 'manual',
  });
  const location = pressed.headers.get('location');
  if (pressed.status !== 303 || !location) throw new Error(`Confirming answered ${pressed.status}`);
  return await (await fetch(new URL(location, baseUrl))).text();
}
