import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../../http/http-error.ts';
import { requestHeader } from '../../http/request-headers.ts';

/**
 * Whether a POST without a session (sign-in request, spending a sign-in link) came from our own
 * pages. `Sec-Fetch-Site` must be `same-origin` (or `none`) when sent; an `Origin` other than
 * `null` must name the host the request was made to (`X-Forwarded-Host` behind CloudFront).
 * `Origin: null` is what our pages' `Referrer-Policy: no-referrer` makes browsers send, so it
 * decides nothing; without either header (no browser) there is no cross-site request to refuse.
 */
export function isSameOriginRequest(event: APIGatewayProxyEventV2): boolean {
  const site = requestHeader(event, 'sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = requestHeader(event, 'origin')?.trim();
  if (origin === undefined || origin === '' || origin === 'null') return true;
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
