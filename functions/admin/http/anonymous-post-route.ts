import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { frontDoor } from '../../http/front-door.ts';
import { allowedMethods } from '../../middleware/allowed-methods.ts';
import { type FormBodyEvent, formBody } from '../../middleware/form-body.ts';
import { httpErrors } from '../../middleware/http-errors.ts';
import { sameOrigin } from '../../middleware/same-origin.ts';
import { adminSecurityHeaders } from './admin-page-route.ts';

/**
 * A POST made before there is a session (asking for a sign-in link, spending one): no CSRF token
 * exists yet, so a cross-site request is refused by its Origin / Sec-Fetch-Site (403) before the
 * urlencoded body of at most `maxBytes` is read.
 */
export function anonymousPostRoute(maxBytes: number) {
  return middy<FormBodyEvent, APIGatewayProxyStructuredResultV2>()
    .use(adminSecurityHeaders())
    .use(frontDoor())
    .use(allowedMethods(['POST']))
    .use(httpErrors())
    .use(sameOrigin())
    .use(formBody({ maxBytes }));
}
