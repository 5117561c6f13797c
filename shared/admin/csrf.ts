import { randomBytes } from 'node:crypto';
import { signaturesEqual } from '../links/token.ts';

/** A fresh secret of 32 random bytes, base64url: session ids and CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Whether the `_csrf` value a form posted is the session's synchronizer token. Constant-time; an
 * absent, repeated or empty value never matches.
 */
export function csrfTokenMatches(posted: string | string[] | undefined, expected: string): boolean {
  if (typeof posted !== 'string' || posted.length === 0 || expected.length === 0) return false;
  return signaturesEqual(Buffer.from(posted, 'utf8'), Buffer.from(expected, 'utf8'));
}
