import { macOf } from '../links/signed-token.ts';
import { type Keyring, signaturesEqual } from '../links/token.ts';

/**
 * The staff session cookie: `mw_session=<session id>.<HMAC>`. The id alone would do (it is 32
 * random bytes and looked up on every request), the MAC lets a forged or guessed cookie be refused
 * without a read. Its MAC context is its own, so no link or sign-in token can ever be a cookie.
 */

/** The cookie's name. */
export const SESSION_COOKIE = 'mw_session';
/** How long a session lives: one working day. */
export const SESSION_SECONDS = 12 * 60 * 60;
/** Only the staff pages ever receive the cookie. */
export const SESSION_COOKIE_PATH = '/admin';

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

/** The values of the session cookie among a request's cookies (`name=value` pairs as API Gateway passes them). */
export function sessionCookieValues(cookies: readonly string[] | undefined): string[] {
  const values: string[] = [];
  for (const cookie of cookies ?? []) {
    // API Gateway gives one pair per entry; a browser may still join several with `;`.
    for (const pair of cookie.split(';')) {
      const eq = pair.indexOf('=');
      if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
      values.push(pair.slice(eq + 1).trim());
    }
  }
  return values;
}

/** The Set-Cookie value that stores the session: HttpOnly, SameSite=Lax, only under /admin, Secure over https. */
export function serializeSessionCookie(value: string, options: { secure: boolean }): string {
  return cookieString(value, SESSION_SECONDS, options.secure);
}

/** The Set-Cookie value that removes the session cookie (sign-out). */
export function clearSessionCookie(options: { secure: boolean }): string {
  return cookieString('', 0, options.secure);
}

function cookieString(value: string, maxAge: number, secure: boolean): string {
  const attributes = [
    `${SESSION_COOKIE}=${value}`,
    'HttpOnly',
    'SameSite=Lax',
    `Path=${SESSION_COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}
