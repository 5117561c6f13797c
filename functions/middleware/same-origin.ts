import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../http/http-error.ts';
import { requestHeader } from '../http/request-headers.ts';

/**
 * Whether a POST came from our own pages: a resident's form (submit, resubmit, decide, renew-link)
 * or a staff POST without a session (sign-in request, spending a sign-in link).
 * `Sec-Fetch-Site` must be `same-origin` (or `none`) when sent; an `Origin` must name the host the
 * request was made to: `X-Forwarded-Host`, which CloudFront's viewer-request function always
 * overwrites with the viewer's Host (infra/test forward-host), else `Host` (locally, or a request
 * straight to the API, where the browser names the host it talks to). A cross-site form cannot set
 * either header. The request's host rather than a configured base URL: the pages' functions get
 * none (the CloudFront domain would be a dependency cycle, see public-api.ts).
 * `Origin: null` is refused: every page with a POST form is served with `Referrer-Policy:
 * same-origin`, so its forms send our real origin, while a cross-site page with `no-referrer` (or a
 * sandboxed frame) sends `null`, and in a browser without `Sec-Fetch-Site` nothing else would tell
 * it apart. Without either header (no browser, or a very old one) there is no cross-site request
 * to refuse; the signed form id still stops scripts.
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

/** Refuses (403) a POST that another site made the browser send, before its body is read. */
export function sameOrigin(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'sameOrigin',
    before: (request) => {
      if (!isSameOriginRequest(request.event)) throw new HttpError(403, 'Cross-site request refused');
    },
  };
}
