import type { MiddlewareObj, Request } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpError } from '../http/http-error.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST';

type HttpRequest = Request<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/**
 * Refuses every method but the listed ones with 405 (and `Allow`), so a handler that changes state
 * can only ever run for POST. A HEAD request runs the GET handler (which changes nothing) and gets
 * its headers without the body. Use it after `securityHeaders` and before `httpErrors`.
 */
export function allowedMethods(
  methods: readonly HttpMethod[],
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  const allowed = new Set<string>(methods);
  // Optional chaining: an event without a method must end in the 405 page, not in a TypeError.
  const methodOf = (request: HttpRequest): string =>
    (request.event.requestContext?.http?.method ?? '').toUpperCase();
  const dropBodyOfHead = (request: HttpRequest): void => {
    if (methodOf(request) !== 'HEAD' || !request.response) return;
    request.response = { ...request.response, body: '' };
  };
  return {
    name: 'allowedMethods',
    before: (request) => {
      if (!allowed.has(methodOf(request))) {
        throw new HttpError(405, `Method ${methodOf(request)} not allowed`, {
          headers: { allow: methods.join(', ') },
        });
      }
    },
    after: dropBodyOfHead,
    onError: dropBodyOfHead,
  };
}
