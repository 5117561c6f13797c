import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { frontDoor } from '../../http/front-door.ts';
import { allowedMethods } from '../../middleware/allowed-methods.ts';
import { httpErrors } from '../../middleware/http-errors.ts';
import { securityHeaders } from '../../middleware/security-headers.ts';

/**
 * The security headers of every answer under /admin: those of the resident pages, except
 * `Referrer-Policy: same-origin`. With it, a form posted from a staff page carries our real
 * `Origin`, so the anonymous POSTs can refuse `Origin: null` (which a cross-site page with
 * no-referrer produces too). Staff URLs carry no secret for our own server, and other sites
 * still get no referrer. Resident pages keep `no-referrer`: their URLs carry tokens.
 */
export function adminSecurityHeaders() {
  return securityHeaders({ referrerPolicy: 'same-origin' });
}

/**
 * A page under /admin for anyone (the sign-in form, a sign-in link's page): GET and HEAD, in the
 * order of functions/http/route-chain.ts's pageRoute, with the staff pages' security headers.
 */
export function adminPageRoute() {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(adminSecurityHeaders())
    .use(frontDoor())
    .use(allowedMethods(['GET', 'HEAD']))
    .use(httpErrors());
}
