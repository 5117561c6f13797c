import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../../http/http-error.ts';
import { requestHeader } from '../../http/request-headers.ts';

/**
 * Whether a POST without a session (sign-in request, spending a sign-in link) came from our own
 * pages. `Sec-Fetch-Site` must be `same-origin` (or `none`) when sent; an `Origin` must name the
 * host the request was made to (`X-Forwarded-Host` behind CloudFront). `Origin: null` is refused:
 * the staff pages are served with `Referrer-Policy: same-origin` (adminSecurityHeaders), so their
 * own forms send our real origin, while a cross-site page with `no-referrer` sends `null`, and in
 * a browser without `Sec-Fetch-Site` nothing else would tell it apart (login CSRF). Without either
 * header (no browser) there is no cross-site request to refuse.
 */
export function isSameOriginRequest(event: APIGatewayProxyEventV2): boolean {
  const site = requestHeader(event, 'sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = requestHeader(event, 'origin')?.trim();
  if (origin === undefined || origin === '') return true;
  if (origin.toLowerCase() === 'null') return false;
  const host = (requestHeader(event, 'x-forwarded-host') ?? requestHeader(event, 'host'))
    ?.trim()
    .toLowerCase();
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  return host !== undefined && originHost === host;
}

/** Refuses (403) a POST that another site made the browser send. */
export function sameOrigin(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'sameOrigin',
    before: (request) => {
      if (!isSameOriginRequest(request.event)) throw new HttpError(403, 'Cross-site request refused');
    },
  };
}
