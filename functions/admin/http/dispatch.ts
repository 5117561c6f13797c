import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { frontDoor } from '../../http/front-door.ts';
import { HttpError } from '../../http/http-error.ts';
import { httpErrors } from '../../middleware/http-errors.ts';
import { adminSecurityHeaders } from './admin-page-route.ts';

/** One route's handler, e.g. a staffPageRoute(...).handler(...). */
export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const notFound = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  .use(adminSecurityHeaders())
  .use(frontDoor())
  .use(httpErrors())
  .handler((event) => {
    throw new HttpError(404, `No route ${event.routeKey}`);
  });

/**
 * The Lambda handler of a function that serves several routes: API Gateway names the matched route
 * in `routeKey` (e.g. `GET /admin/consultations/{id}`; HEAD arrives as GET), and each has its own
 * middy chain. An unknown route key is the 404 page.
 */
export function dispatchByRouteKey(routes: Record<string, LambdaHandler>): LambdaHandler {
  return (event, context) => {
    const route = Object.hasOwn(routes, event.routeKey) ? routes[event.routeKey] : undefined;
    return (route ?? notFound)(event, context);
  };
}
