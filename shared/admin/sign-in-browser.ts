import { createHash } from 'node:crypto';
import { signaturesEqual } from '../links/token.ts';
import { type CookiePolicy, cookieName, cookieValues, setCookieString } from './cookie-policy.ts';
import { randomToken } from './csrf.ts';
import { SIGN_IN_LINK_MINUTES } from './sign-in-token.ts';

/**
 * Binds a sign-in mail's `next` to the browser that asked for it. Anyone may ask for a member's
 * sign-in mail and name the page it leads to; only the browser that asked holds this cookie (a
 * random value, `__Host-` deployed), whose hash is stored with the mail. Spending the link honours
 * `next` only when the browser presents the value; any other browser lands on the start page.
 */

const BASE = 'mw_signin';
const VALUE = /^[A-Za-z0-9_-]{43}$/;

/** The browser's binding value: the one it already holds (asking twice keeps matching), else a fresh one. */
export function signInBrowserValue(cookies: readonly string[] | undefined, policy: CookiePolicy): string {
  return presentedSignInBrowser(cookies, policy) ?? randomToken();
}

/** The binding value a request presents, when it has the right shape. */
export function presentedSignInBrowser(
  cookies: readonly string[] | undefined,
  policy: CookiePolicy,
): string | undefined {
  return cookieValues(cookies, cookieName(policy, BASE)).find((value) => VALUE.test(value));
}

/** What is stored with the sign-in mail: the SHA-256 of the value (base64url), never the value itself. */
export function signInBrowserHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

/** Whether any presented value hashes to the stored hash (constant-time per value). */
export function signInBrowserMatches(
  cookies: readonly string[] | undefined,
  policy: CookiePolicy,
  storedHash: string | undefined,
): boolean {
  if (storedHash === undefined) return false;
  const stored = Buffer.from(storedHash, 'latin1');
  let matches = false;
  for (const value of cookieValues(cookies, cookieName(policy, BASE))) {
    if (signaturesEqual(Buffer.from(signInBrowserHash(value), 'latin1'), stored)) matches = true;
  }
  return matches;
}

/** The Set-Cookie value of the binding: lives as long as a sign-in link. */
export function signInBrowserCookie(policy: CookiePolicy, value: string, https: boolean): string {
  return setCookieString(policy, BASE, value, SIGN_IN_LINK_MINUTES * 60, https);
}

/** The Set-Cookie value that removes the binding once its link is spent. */
export function clearSignInBrowserCookie(policy: CookiePolicy, https: boolean): string {
  return setCookieString(policy, BASE, '', 0, https);
}
