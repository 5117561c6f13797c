import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { renderErrorPage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse } from '../http/responses.ts';
import { logError } from '../logging/error-log.ts';

/**
 * Turns errors into localized error pages. An `HttpError` is an expected refusal and gets the page of
 * its status; anything else is a fault: a 500 page without any detail, and exactly one structured
 * JSON log line with the request id, route and the error for the operators.
 */
export function httpErrors(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return {
    name: 'httpErrors',
    onError: (request) => {
      const { error, event } = request;
      if (error instanceof HttpError) {
        const locale = error.locale ?? requestLocale(event);
        request.response = htmlResponse(
          error.status,
          renderErrorPage({ locale, status: error.status }),
          error.headers,
        );
        return;
      }
      logError(
        'Unexpected error while handling a request',
        {
          requestId: request.context?.awsRequestId ?? event.requestContext?.requestId,
          route: event.routeKey ?? event.requestContext?.routeKey,
        },
        error,
      );
      request.response = htmlResponse(500, renderErrorPage({ locale: requestLocale(event), status: 500 }));
    },
  };
}
