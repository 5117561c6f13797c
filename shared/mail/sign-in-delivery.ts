import type { AllowList } from '../admin/allow-list.ts';
import { resolveStaffMember } from '../admin/membership.ts';
import { safeNextPath } from '../admin/next-path.ts';
import { SIGN_IN_LINK_PATH, signInLinkExpiry, signSignInToken } from '../admin/sign-in-token.ts';
import { renderSignInEmail } from '../email/sign-in.ts';
import type { Keyring } from '../links/token.ts';
import type { AdminRepository } from '../storage/admin-types.ts';
import type { LinkSettings } from './links.ts';
import { type SendDeps, sendThenMark, sentAtOf } from './send-once.ts';

export interface SignInDeliveryDeps extends SendDeps {
  admin: Pick<AdminRepository, 'getSignInMail' | 'markSignInMailSent' | 'getStaff'>;
  /** Only the base URL: sign-in links are signed with the STAFF keyring, never the LINK one. */
  links: Pick<LinkSettings, 'baseUrl'>;
  staff: {
    /** The STAFF keyring (staff sign-in links and sessions). */
    keyring: () => Promise<Keyring>;
    /** Who may sign in without a stored staff record (STAFF_ALLOW_LIST). */
    allowList: AllowList;
  };
}

/** A queued sign-in mail: the address and the window it was asked for in. */
export interface SignInMailRef {
  email: string;
  window: string;
}

/**
 * What deliverSignInMail did; only 'sent' sent an email. 'expired': the mail waited longer than its
 * link lives (retries after an outage), so it is marked done without sending a dead link.
 * 'notStaff': the address may not sign in, so it is marked done and nothing is sent.
 */
export type SignInMailOutcome = 'sent' | 'alreadySent' | 'gone' | 'expired' | 'notStaff';

/**
 * Sends a staff member's sign-in link at most once after success (invariant 4), like the other
 * mails: a consistent read skips it when marked sent, then the address is looked up (staff record
 * or allow-list; anyone else gets nothing), then send, then a conditional mark. The
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
  // Here, not in the sign-in POST: the POST does the same work for every address, so its timing
  // does not tell who is staff. Whoever is not gets no mail (and is never told).
  const member = await resolveStaffMember(
    { admin: deps.admin, allowList: deps.staff.allowList },
    request.email,
  );
  if (!member) {
    await markSent(sentAtOf(deps));
    return 'notStaff';
  }
  const keyring = await deps.staff.keyring();
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
