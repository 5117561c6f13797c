import { safeNextPath } from '../admin/next-path.ts';
import { SIGN_IN_LINK_PATH, signInLinkExpiry, signSignInToken } from '../admin/sign-in-token.ts';
import { renderSignInEmail } from '../email/sign-in.ts';
import type { AdminRepository } from '../storage/admin-types.ts';
import type { LinkSettings } from './links.ts';
import { type SendDeps, sendThenMark, sentAtOf } from './send-once.ts';

export interface SignInDeliveryDeps extends SendDeps {
  admin: Pick<AdminRepository, 'getSignInMail' | 'markSignInMailSent'>;
  links: LinkSettings;
}

/** A queued sign-in mail: the address and the window it was asked for in. */
export interface SignInMailRef {
  email: string;
  window: string;
}

/**
 * What deliverSignInMail did; only 'sent' sent an email. 'expired': the mail waited longer than its
 * link lives (retries after an outage), so it is marked done without sending a dead link.
 */
export type SignInMailOutcome = 'sent' | 'alreadySent' | 'gone' | 'expired';

/**
 * Sends a staff member's sign-in link at most once after success (invariant 4), like the other
 * mails: a consistent read skips it when marked sent, then send, then a conditional mark. The
 * token is signed now, from the stored nonce, and never stored; the link's origin is the configured
 * public one, never a request's Host header (which an attacker could choose to receive the token).
 * The link carries the stored `next` (the staff page to go on to) as its query, only when
 * safeNextPath accepts it: what is read back from the table is input too.
 */
export async function deliverSignInMail(
  deps: SignInDeliveryDeps,
  ref: SignInMailRef,
): Promise<SignInMailOutcome> {
  const request = await deps.admin.getSignInMail(ref.email, ref.window);
  if (!request) return 'gone';
  if (request.sentAt) return 'alreadySent';
  const markSent = (sentAt: string) => deps.admin.markSignInMailSent(ref.email, ref.window, sentAt);
  const expiresAt = signInLinkExpiry(new Date(request.requestedAt));
  const now = deps.now?.() ?? new Date();
  if (now.getTime() >= expiresAt * 1000) {
    await markSent(sentAtOf(deps));
    return 'expired';
  }
  const keyring = await deps.links.keyring();
  const token = signSignInToken({ email: request.email, nonce: request.nonce, expiresAt }, keyring.current);
  const email = renderSignInEmail({
    email: request.email,
    url: signInLinkUrl(deps.links.baseUrl, token, request.next),
    expiresAt: new Date(expiresAt * 1000),
  });
  await sendThenMark(deps, { to: request.email, email }, markSent);
  return 'sent';
}

/**
 * The emailed sign-in link: `<publicBaseUrl>/admin/sign-in/<token>`, with `?next=<path>` when `next`
 * is a staff page safeNextPath accepts (its page puts `next` into the button's form, whose POST goes
 * there); without, when there is none or it is not safe.
 */
export function signInLinkUrl(baseUrl: string, token: string, next: unknown): string {
  const safeNext = safeNextPath(next);
  const query = safeNext ? `?next=${encodeURIComponent(safeNext)}` : '';
  return `${baseUrl}${SIGN_IN_LINK_PATH}${token}${query}`;
}
