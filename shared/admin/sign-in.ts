import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { AdminRepository, AdminSession } from '../storage/admin-types.ts';
import type { AllowList } from './allow-list.ts';
import { type MembershipSources, resolveStaffMember } from './membership.ts';
import { newAdminSession } from './new-session.ts';
import { safeNextPath } from './next-path.ts';
import type { StaffMember } from './roles.ts';
import { type SignInClaims, signInLinkExpiry } from './sign-in-token.ts';

/**
 * Staff sign-in by emailed one-time link. Asking queues the mail (the mailer signs and sends the
 * link); spending the link is a conditional write on its nonce, then a session is created.
 */

/** How long one sign-in mail per address covers: asking again within it sends nothing more. */
export const SIGN_IN_WINDOW_MINUTES = 10;

/** An address as typed into the sign-in form: trimmed, lowercase, a plausible address. */
export const signInAddressSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export interface SignInDeps {
  admin: Pick<AdminRepository, 'getStaff' | 'queueSignInMail' | 'spendSignInLink' | 'createSession'>;
  allowList: AllowList;
}

/** The 10-minute slot `now` falls in, as the ISO time of its start (e.g. `2026-05-01T10:10:00.000Z`). */
export function signInWindow(now: Date): string {
  const slot = SIGN_IN_WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / slot) * slot).toISOString();
}

/**
 * Queues a sign-in mail when the address is staff (stored record or allow-list): 'queued', or
 * 'alreadyQueued' within the same window. 'notStaff' queues nothing. The caller answers all three
 * alike, so the answer never tells whether an address may sign in.
 *
 * `next`, the staff page to go on to after signing in, is stored with the mail (whose link then
 * carries it) only when safeNextPath accepts it; anything else is dropped and the link goes home.
 * One mail per address and window: asking again within the window with another `next` sends
 * nothing new, and the mail already queued keeps the `next` it was asked with. That is fine: the
 * member signs in from the first mail and opens the other page from there.
 */
export async function requestSignIn(
  deps: SignInDeps,
  email: string,
  now: Date,
  next?: string | undefined,
): Promise<'queued' | 'alreadyQueued' | 'notStaff'> {
  const member = await resolveStaffMember(deps, email);
  if (!member) return 'notStaff';
  const safeNext = safeNextPath(next);
  const queued = await deps.admin.queueSignInMail({
    email: member.email,
    window: signInWindow(now),
    nonce: randomBytes(16).toString('base64url'),
    requestedAt: now.toISOString(),
    // The item lives as long as its link: after that it is of no use.
    expiresAt: signInLinkExpiry(now),
    ...(safeNext ? { next: safeNext } : {}),
  });
  return queued ? 'queued' : 'alreadyQueued';
}

export type SignInOutcome =
  | { kind: 'signedIn'; member: StaffMember; session: AdminSession }
  | { kind: 'spent' }
  | { kind: 'notStaff' };

/**
 * Spends a verified, unexpired sign-in link and opens a session: 'spent' when the link was used
 * before (the nonce's conditional write failed), 'notStaff' when the address lost its access since
 * the mail was sent (the link is spent all the same).
 */
export async function completeSignIn(
  deps: SignInDeps,
  claims: SignInClaims,
  now: Date,
): Promise<SignInOutcome> {
  if (!(await deps.admin.spendSignInLink(claims.nonce, claims.expiresAt))) return { kind: 'spent' };
  const member = await resolveStaffMember(deps satisfies MembershipSources, claims.email);
  if (!member) return { kind: 'notStaff' };
  const session = newAdminSession(member.email, now);
  await deps.admin.createSession(session);
  return { kind: 'signedIn', member, session };
}
