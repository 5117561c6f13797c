import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** Used when a response carries no page of its own (redirects, empty answers): allows nothing at all. */
export const DEFAULT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const ALWAYS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), geolocation=(), microphone=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

type HttpRequest = Request<unknown, APIGatewayProxyStructuredResultV2 | string>;

/**
 * `no-referrer` (the default): a page sends no address anywhere. `same-origin`: for the resident
 * and staff pages (route-chain.ts, admin-page-route.ts), whose own form posts must carry their real
 * `Origin` (a no-referrer page makes the browser send `Origin: null`, which a cross-site page can
 * produce too, so it is refused); other sites still learn nothing of their URLs, which carry ids
 * and tokens, and our own origin already saw each URL when it served it.
 */
export type ReferrerPolicy = 'no-referrer' | 'same-origin';

export interface SecurityHeadersOptions {
  referrerPolicy?: ReferrerPolicy;
}

/**
 * Adds the security headers every HTML answer needs. The handler puts the CSP of the page it
 * rendered into `content-security-policy` (see `htmlResponse`); this middleware keeps it, makes sure it
 * forbids framing, and falls back to a policy that allows nothing. Use it first in the chain so
 * that its `onError` runs after `httpErrors` has produced the error page.
 */
export function securityHeaders(
  options: SecurityHeadersOptions = {},
): MiddlewareObj<unknown, APIGatewayProxyStructuredResultV2 | string> {
  const always = { ...ALWAYS, 'referrer-policy': options.referrerPolicy ?? 'no-referrer' };
  const apply = (request: HttpRequest): void => {
    const response = request.response;
    if (response === null || response === undefined || typeof response === 'string') return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    headers['content-security-policy'] = withFrameAncestors(headers['content-security-policy']);
    if (response.body && !headers['content-type']) headers['content-type'] = 'text/html; charset=utf-8';
    // Each form render carries a fresh submission id and confirmations are private: nothing is cached
    // unless a handler says otherwise.
    headers['cache-control'] ??= 'no-store';
    request.response = { ...response, headers: { ...headers, ...always } };
  };
  return { name: 'securityHeaders', after: apply, onError: apply };
}

function withFrameAncestors(policy: string | undefined): string {
  if (!policy?.trim()) return DEFAULT_CONTENT_SECURITY_POLICY;
  if (/(^|;)\s*frame-ancestors\s/i.test(policy)) return policy;
  return `${policy.trim().replace(/;$/, '')}; frame-ancestors 'none'`;
}
