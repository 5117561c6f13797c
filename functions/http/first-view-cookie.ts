import { createHmac } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
// The one parser of request cookies (pure; the staff cookies use it too).
import { cookieValues } from '../../shared/admin/cookie-policy.ts';
import {
  derivedKey,
  type Keyring,
  type SigningKey,
  signaturesEqual,
} from '../../shared/links/signed-token.ts';
import { requestHeader } from './request-headers.ts';

/*
 * The status link is shown once: the 303 after a stored POST sets this cookie, scoped to that one
 * confirmation path, and only a GET carrying it shows the link (and clears it). The URL in a shared
 * computer's history then shows the reference only. The value is stateless, an HMAC over the
 * submission and the cookie's expiry, so the GET stays free of writes (invariant 2).
 */

export const FIRST_VIEW_COOKIE = 'mw_first_view';
/** How long after the POST the confirmation may still show the link (the redirect is followed at once). */
export const FIRST_VIEW_SECONDS = 10 * 60;
const KEY_INFO = 'mitwirken:first-view';
const VALUE_PATTERN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

export interface FirstViewOf {
  consultationId: string;
  submissionId: string;
}

function macOf(key: SigningKey, of: FirstViewOf, expiresAt: number): string {
  const bytes = derivedKey(key, KEY_INFO);
  const text = [of.consultationId, of.submissionId, String(expiresAt)]
    .map((p) => `${p.length}:${p}`)
    .join('|');
  return createHmac('sha256', bytes).update(text, 'utf8').digest('base64url');
}

/** The confirmation page's path of a submission: where the cookie is scoped and the 303 leads. */
export function confirmationPathOf(slug: string, submissionId: string): string {
  return `/c/${encodeURIComponent(slug)}/s/${encodeURIComponent(submissionId)}`;
}

/** Whether the browser reached us over https (CloudFront sets X-Forwarded-Proto); locally it is http. */
export function cameOverHttps(event: APIGatewayProxyEventV2): boolean {
  return requestHeader(event, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

function cookieString(value: string, path: string, maxAge: number, secure: boolean): string {
  const attributes = [
    `${FIRST_VIEW_COOKIE}=${value}`,
    'HttpOnly',
    'SameSite=Strict',
    `Path=${path}`,
    `Max-Age=${maxAge}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** The Set-Cookie of the 303 after a stored POST: lets the next GET of `path` show the status link once. */
export function setFirstViewCookie(
  keyring: Keyring,
  of: FirstViewOf,
  options: { path: string; now: Date; secure: boolean },
): string {
  const expiresAt = Math.floor(options.now.getTime() / 1000) + FIRST_VIEW_SECONDS;
  const value = `${expiresAt}.${macOf(keyring.current, of, expiresAt)}`;
  return cookieString(value, options.path, FIRST_VIEW_SECONDS, options.secure);
}

/** The Set-Cookie that removes the cookie again (the link has been shown). */
export function clearFirstViewCookie(options: { path: string; secure: boolean }): string {
  return cookieString('', options.path, 0, options.secure);
}

/** Whether the request carries a valid, unexpired first-view cookie for this submission; never throws. */
export function hasFirstViewCookie(
  event: APIGatewayProxyEventV2,
  keyring: Keyring,
  of: FirstViewOf,
  now: Date,
): boolean {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  for (const value of cookieValues(event.cookies, FIRST_VIEW_COOKIE)) {
    const match = VALUE_PATTERN.exec(value);
    if (!match?.[1] || !match[2]) continue;
    const expiresAt = Number(match[1]);
    if (expiresAt <= nowSeconds || expiresAt > nowSeconds + FIRST_VIEW_SECONDS) continue;
    const given = Buffer.from(match[2], 'latin1');
    for (const key of [keyring.current, ...keyring.previous]) {
      if (signaturesEqual(given, Buffer.from(macOf(key, of, expiresAt), 'latin1'))) return true;
    }
  }
  return false;
}
