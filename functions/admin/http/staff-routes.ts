import middy, { type MiddyfiedHandler, type MiddyHandlerObject } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Permission } from '../../../shared/admin/roles.ts';
import { frontDoor } from '../../http/front-door.ts';
import { seeOther } from '../../http/responses.ts';
import { allowedMethods } from '../../middleware/allowed-methods.ts';
import { formBody } from '../../middleware/form-body.ts';
import { httpErrors } from '../../middleware/http-errors.ts';
import { adminSecurityHeaders } from './admin-page-route.ts';
import { csrfCheck } from './csrf-check.ts';
import { formOrMultipartBody } from './multipart-body.ts';
import type { StaffAuthDeps } from './staff-auth-deps.ts';
import type { StaffEvent } from './staff-event.ts';
import { staffAccess } from './staff-session.ts';

type Result = APIGatewayProxyStructuredResultV2;
type StaffChain = MiddyfiedHandler<StaffEvent, Result>;
type RouteHandler = (
  event: StaffEvent,
  context: Context,
  options: MiddyHandlerObject,
) => Result | Promise<Result> | undefined;

/** Where an anonymous visitor of a staff page signs in; `next` brings them back afterwards. */
export const SIGN_IN_PAGE = '/admin';

/*
 * Same order as functions/http/route-chain.ts: the security headers (with Referrer-Policy
 * same-origin, see adminSecurityHeaders), the front door (origin verification, 403 for a request
 * that bypassed CloudFront, before any session is read), allowedMethods and httpErrors first, so every refusal
 * below (403, 413, 415) is a page with the security headers. Then who is asking and may they
 * (staffAccess), the body, and for POSTs the CSRF token: the handler runs only when all of them
 * passed.
 */

/** A staff page (GET, and HEAD like GET): anonymous → 303 to the sign-in page, without the permission → 403. */
export function staffPageRoute(deps: StaffAuthDeps, permission: Permission): StaffChain {
  const chain = middy<StaffEvent, Result>()
    .use(adminSecurityHeaders())
    .use(frontDoor())
    .use(allowedMethods(['GET', 'HEAD']))
    .use(httpErrors())
    .use(staffAccess(deps, permission));
  return gated(chain);
}

/**
 * A staff POST: anonymous or without the permission → 403 before the body is read; the body is
 * urlencoded (with `multipart`, also multipart/form-data) of at most `maxBytes`; a wrong or missing
 * `_csrf` → 403. The handler runs only for a signed-in member with the permission and the token.
 */
export function staffPostRoute(
  deps: StaffAuthDeps,
  permission: Permission,
  options: { maxBytes: number; multipart?: boolean },
): StaffChain {
  const chain = middy<StaffEvent, Result>()
    .use(adminSecurityHeaders())
    .use(frontDoor())
    .use(allowedMethods(['POST']))
    .use(httpErrors())
    .use(staffAccess(deps, permission))
    .use(options.multipart ? formOrMultipartBody(options) : formBody(options))
    .use(csrfCheck());
  return gated(chain);
}

/** The sign-in page's address for a request, with the path and query to come back to. */
export function signInRedirectPath(event: Pick<StaffEvent, 'rawPath' | 'rawQueryString'>): string {
  const path = event.rawPath ?? '';
  if (!path.startsWith('/admin/')) return SIGN_IN_PAGE;
  const next = event.rawQueryString ? `${path}?${event.rawQueryString}` : path;
  return `${SIGN_IN_PAGE}?next=${encodeURIComponent(next)}`;
}

/**
 * Runs the route's handler only for a signed-in member; an anonymous GET gets the 303 to the sign-in
 * page instead. Done around the handler rather than as an early answer of a middleware, because
 * middy skips every `after` (the security headers) for an early answer.
 */
function gated(chain: StaffChain): StaffChain {
  const attach = chain.handler;
  const gatedAttach = (handler: RouteHandler) =>
    attach<StaffEvent, Result>((event, context, options) =>
      event.staff ? handler(event, context, options) : seeOther(signInRedirectPath(event)),
    );
  // middy's `handler` is generic in the event and result; a staff route keeps both fixed.
  chain.handler = gatedAttach as typeof attach;
  return chain;
}
