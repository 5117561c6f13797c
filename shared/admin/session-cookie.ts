import { macOf } from '../links/signed-token.ts';
import { type Keyring, signaturesEqual } from '../links/token.ts';
import {
  type CookiePolicy,
  cookieName,
  cookieValues,
  DEPLOYED_COOKIES,
  setCookieString,
} from './cookie-policy.ts';

/**
 * The staff session cookie: `__Host-mw_session=<session id>.<HMAC>` (signed with the STAFF keyring).
 * The id alone would do (it is 32 random bytes and looked up on every request, stored only as its
 * SHA-256), the MAC lets a forged or guessed cookie be refused without a read. Its MAC context is
 * its own, so no sign-in token can ever be a cookie.
 */

const SESSION_COOKIE_BASE = 'mw_session';
/** The cookie's name as deployed (`__Host-`: only this host over https can have set it). */
export const SESSION_COOKIE = cookieName(DEPLOYED_COOKIES, SESSION_COOKIE_BASE);
/** How long a session lives: one working day. */
export const SESSION_SECONDS = 12 * 60 * 60;

const MAC_CONTEXT = 'mitwirken-session-v1.';
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;
const COOKIE_VALUE = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

/** Whether a string has the shape of a session id (32 random bytes, base64url). */
export function isSessionId(value: string): boolean {
  return SESSION_ID.test(value);
}

/** The cookie value for a session id, signed with the current key. */
export function signSessionCookie(sessionId: string, keyring: Keyring): string {
  if (!isSessionId(sessionId)) throw new RangeError('A session id is 32 bytes, base64url');
  return `${sessionId}.${macOf(MAC_CONTEXT, keyring.current, sessionId)}`;
}

/**
 * The session id of a signed cookie value, or undefined when it is malformed or signed by no key of
 * the ring (current or previous: a rotation does not sign everybody out). Constant-time per key.
 */
export function verifySessionCookie(value: unknown, keyring: Keyring): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = COOKIE_VALUE.exec(value);
  if (!match) return undefined;
  const [, sessionId = '', mac = ''] = match;
  const given = Buffer.from(mac, 'latin1');
  let valid = false;
  for (const key of [keyring.current, ...keyring.previous]) {
    // No early exit: the time taken does not tell which key (if any) matched.
    if (signaturesEqual(given, Buffer.from(macOf(MAC_CONTEXT, key, sessionId), 'latin1'))) valid = true;
  }
  return valid ? sessionId : undefined;
}

/** The values of the session cookie (of the policy's name) among a request's cookies. */
export function sessionCookieValues(
  cookies: readonly string[] | undefined,
  policy: CookiePolicy = DEPLOYED_COOKIES,
): string[] {
  return cookieValues(cookies, cookieName(policy, SESSION_COOKIE_BASE));
}

/**
 * The Set-Cookie value that stores the session: HttpOnly, SameSite=Lax, `__Host-` and Secure outside
 * local (cookie-policy.ts).
 */
export function serializeSessionCookie(value: string, policy: CookiePolicy, https: boolean): string {
  return setCookieString(policy, SESSION_COOKIE_BASE, value, SESSION_SECONDS, https);
}

/** The Set-Cookie value that removes the session cookie (sign-out). */
export function clearSessionCookie(policy: CookiePolicy, https: boolean): string {
  return setCookieString(policy, SESSION_COOKIE_BASE, '', 0, https);
}
