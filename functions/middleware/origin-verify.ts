import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../http/http-error.ts';

/** The header CloudFront adds to every request it forwards (an origin custom header, see infra/constructs/edge-distribution.ts). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

export interface OriginVerifyOptions {
  /** The value CloudFront sends (FrontDoorConfig.originSecret). */
  originSecret: string;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Refuses (403, the localized error page) every request whose `x-origin-verify` header is not the
 * deployment's value: only CloudFront knows it, so a request sent to the execute-api address
 * directly, past the WAF, never reaches a handler. Both sides are hashed before the comparison, so
 * `timingSafeEqual` compares equal lengths and the time taken says nothing about the value or its
 * length. Use it right after `securityHeaders`, before anything that reads the request.
 */
export function originVerify({
  originSecret,
}: OriginVerifyOptions): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  const expected = digest(originSecret);
  return {
    name: 'originVerify',
    before: (request) => {
      const received = headerValue(request.event, ORIGIN_VERIFY_HEADER);
      // Hash even a missing header, so a request without it takes as long as one with a wrong value.
      const matches = timingSafeEqual(digest(received ?? ''), expected) && received !== undefined;
      if (!matches) throw new HttpError(403, 'Request did not come through the front door');
    },
  };
}

/**
 * The header's value whatever the case of its name; undefined when absent, repeated or not a string.
 * Written defensively on purpose: it runs before any other check, on events of any shape.
 */
function headerValue(event: unknown, name: string): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const headers: unknown = (event as { headers?: unknown }).headers;
  if (typeof headers !== 'object' || headers === null) return undefined;
  let found: string | undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    // Two spellings of the header: refuse rather than guess which one CloudFront set.
    if (found !== undefined || typeof value !== 'string') return undefined;
    found = value;
  }
  return found;
}
