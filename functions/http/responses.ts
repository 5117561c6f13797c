import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { RenderedPage } from '../../shared/views/index.ts';

/**
 * An HTML answer. The page's own CSP travels in the headers; `securityHeaders` only adds the rest,
 * so a page can never be served with a policy meant for another one.
 */
export function htmlResponse(
  statusCode: number,
  page: RenderedPage,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': page.contentSecurityPolicy,
      ...headers,
    },
    body: page.html,
  };
}

/** 303 See Other: after a POST, the browser GETs the location, so reloading never posts twice. */
export function seeOther(location: string): APIGatewayProxyStructuredResultV2 {
  return { statusCode: 303, headers: { location }, body: '' };
}
