import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { signaturesEqual } from '../links/token.ts';
import type { AdminRepository, AdminSession, SignInMailRequest } from '../storage/admin-types.ts';
import type { AllowList } from './allow-list.ts';
import { type MembershipSources, resolveStaffMember } from './membership.ts';
import { newAdminSession } from './new-session.ts';
import { safeNextPath } from './next-path.ts';
import type { StaffMember } from './roles.ts';
import { SIGN_IN_LINK_MINUTES, type SignInClaims, signInLinkExpiry } from './sign-in-token.ts';
import { staffAddress } from './staff-address.ts';

/**
 * Staff sign-in by emailed one-time link. Asking queues a sign-in request for any address (the
 * mailer decides whether the address may sign in and only then signs and sends the link); spending
 * the link checks it against the stored request (its nonce, that it was mailed) and marks it spent
 * with a conditional write, then a session is created.
 */

/** How long one sign-in mail per address covers: asking again within it sends nothing more. */
export const SIGN_IN_WINDOW_MINUTES = 10;

/**
 * An address as typed into the sign-in form: a plausible address, then as staffAddress (trimmed,
 * lowercase, no `+tag`), so `Chef@…` and `chef+1@…` share one window and one mail.
 */
export const signInAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254))
  .transform(staffAddress);

export interface SignInDeps {
  admin: Pick<
    AdminRepository,
    'getStaff' | 'queueSignInMail' | 'getSignInMail' | 'markSignInLinkSpent' | 'createSession'
  >;
  allowList: AllowList;
}

/** The 10-minute slot `now` falls in, as the ISO time of its start (e.g. `2026-05-01T10:10:00.000Z`). */
export function signInWindow(now: Date): string {
  const slot = SIGN_IN_WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / slot) * slot).toISOString();
}

/**
 * The window of the request a link with this expiry was mailed for: the link expires
 * SIGN_IN_LINK_MINUTES after the request (whole seconds), and windows start on whole minutes.
 */
export function signInWindowOfLink(expiresAt: number): string {
  return signInWindow(new Date((expiresAt - SIGN_IN_LINK_MINUTES * 60) * 1000));
}

/**
 * Queues a sign-in request for the address, whoever it belongs to: 'queued', or 'alreadyQueued'
 * within the same window. It reads nothing and writes one item either way, so neither the answer nor
 * its timing tells whether an address may sign in; the mailer looks the address up and mails only
 * staff (shared/mail/sign-in-delivery.ts).
 *
 * `next`, the staff page to go on to after signing in, is stored with the request only when
 * safeNextPath accepts it, together with the hash of the asking browser's binding value
 * (sign-in-browser.ts): spending the link goes to `next` only in that browser. One request per
 * address and window: asking again within it stores nothing new.
 */
export async function requestSignIn(
  deps: Pick<SignInDeps, 'admin'>,
  request: { email: string; next?: string | undefined; browserHash: string },
  now: Date,
): Promise<'queued' | 'alreadyQueued'> {
  const safeNext = safeNextPath(request.next);
  const queued = await deps.admin.queueSignInMail({
    email: staffAddress(request.email),
    window: signInWindow(now),
    nonce: randomBytes(16).toString('base64url'),
    requestedAt: now.toISOString(),
    // The item lives as long as its link: after that it is of no use.
    expiresAt: signInLinkExpiry(now),
    browserHash: request.browserHash,
    ...(safeNext ? { next: safeNext } : {}),
  });
  return queued ? 'queued' : 'alreadyQueued';
}

export type SignInOutcome =
  | { kind: 'signedIn'; member: StaffMember; session: AdminSession; request: SignInMailRequest }
  | { kind: 'spent' }
  | { kind: 'unknown' }
  | { kind: 'notStaff' };

/**
 * Spends a verified, unexpired sign-in link and opens a session. The link must name a stored,
 * mailed request with its very nonce ('unknown' otherwise: a validly signed token whose nonce was
 * never mailed opens nothing and writes nothing); 'spent' when it was used before; 'notStaff' when
 * the address lost its access since the mail was sent (the link is spent all the same).
 */
export async function completeSignIn(
  deps: SignInDeps,
  claims: SignInClaims,
  now: Date,
): Promise<SignInOutcome> {
  const window = signInWindowOfLink(claims.expiresAt);
  const request = await deps.admin.getSignInMail(claims.email, window);
  if (!request?.sentAt || request.expiresAt !== claims.expiresAt) return { kind: 'unknown' };
  // Constant-time: the time taken does not tell how much of a guessed nonce was right.
  const nonceMatches = signaturesEqual(Buffer.from(claims.nonce, 'utf8'), Buffer.from(request.nonce, 'utf8'));
  if (!nonceMatches) return { kind: 'unknown' };
  if (request.spentAt) return { kind: 'spent' };
  const spent = await deps.admin.markSignInLinkSpent(claims.email, window, claims.nonce, now.toISOString());
  if (!spent) return { kind: 'spent' };
  const member = await resolveStaffMember(deps satisfies MembershipSources, claims.email);
  if (!member) return { kind: 'notStaff' };
  const session = newAdminSession(member.email, now);
  await deps.admin.createSession(session);
  return { kind: 'signedIn', member, session, request };
}
