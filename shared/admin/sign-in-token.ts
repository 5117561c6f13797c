import * as z from 'zod';
import {
  type ExpiringTokenVerification,
  type SignedTokenFormat,
  signToken,
  verifyExpiringToken,
} from '../links/signed-token.ts';
import type { Keyring, SigningKey } from '../links/token.ts';

/**
 * The token of an emailed sign-in link: who may sign in, the link's single-use nonce and its expiry,
 * signed with the link keyring under a MAC context of its own (never an approver link, never a
 * session cookie). Signed by the mailer when it sends the mail, never stored.
 */

/** How long a sign-in link works after it was asked for. */
export const SIGN_IN_LINK_MINUTES = 15;
/** The path under which an emailed sign-in link opens its page (`/admin/sign-in/<token>`). */
export const SIGN_IN_LINK_PATH = '/admin/sign-in/';

/** What a sign-in link grants. */
export const signInClaimsSchema = z.object({
  email: z.email().max(254).toLowerCase(),
  /** 16 random bytes, base64url: spent by a conditional write when the link is used. */
  nonce: z.string().regex(/^[A-Za-z0-9_-]{22}$/, '16 bytes, base64url'),
  /** Epoch seconds; the link works strictly before this instant. */
  expiresAt: z.int().positive(),
});

export type SignInClaims = z.infer<typeof signInClaimsSchema>;

const FORMAT: SignedTokenFormat<SignInClaims> = {
  context: 'mitwirken-sign-in-v1.',
  claims: signInClaimsSchema,
  maxLength: 1024,
};

export type SignInVerification = ExpiringTokenVerification<SignInClaims>;

/** Signs a sign-in link's claims with the key (the keyring's current one). */
export function signSignInToken(claims: SignInClaims, key: SigningKey): string {
  return signToken(FORMAT, claims, key);
}

/**
 * Checks a sign-in token; never throws on input. An expired one returns its claims, so the page can
 * say "expired" (and offer a new link) rather than "invalid".
 */
export function verifySignInToken(token: unknown, keyring: Keyring, now: Date): SignInVerification {
  return verifyExpiringToken(FORMAT, token, keyring, now);
}

/** Expiry (epoch seconds) of the link of a sign-in mail asked for at `requestedAt`. */
export function signInLinkExpiry(requestedAt: Date): number {
  return Math.floor(requestedAt.getTime() / 1000) + SIGN_IN_LINK_MINUTES * 60;
}
