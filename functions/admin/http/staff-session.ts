import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DEPLOYED_COOKIES } from '../../../shared/admin/cookie-policy.ts';
import { resolveStaffMember } from '../../../shared/admin/membership.ts';
import { can, type Permission } from '../../../shared/admin/roles.ts';
import { sessionCookieValues, verifySessionCookie } from '../../../shared/admin/session-cookie.ts';
import { HttpError } from '../../http/http-error.ts';
import type { StaffAuthDeps } from './staff-auth-deps.ts';
import type { SignedInStaff, StaffEvent } from './staff-event.ts';

type Result = APIGatewayProxyStructuredResultV2;

/**
 * The signed-in member of a request, or undefined: the session cookie must carry a MAC of
 * the STAFF keyring, name a live session, and its address must still be staff (stored record or
 * allow-list), so removing someone ends their access on their next request.
 */
export async function signedInStaff(
  deps: StaffAuthDeps,
  event: StaffEvent,
): Promise<SignedInStaff | undefined> {
  const values = sessionCookieValues(event.cookies, deps.cookies ?? DEPLOYED_COOKIES);
  if (values.length === 0) return undefined;
  const keyring = await deps.keyring();
  for (const value of values) {
    const sessionId = verifySessionCookie(value, keyring);
    if (sessionId === undefined) continue;
    const session = await deps.admin.getSession(sessionId, deps.now());
    if (!session) continue;
    const member = await resolveStaffMember(deps, session.email);
    return member ? { member, session } : undefined;
  }
  return undefined;
}

/**
 * Puts the signed-in member into `event.staff` and checks the route's permission (403 otherwise).
 * An anonymous POST is refused with 403 before its body is read; an anonymous GET passes without
 * `staff` and the route's gate sends it to the sign-in page. Every staff answer is `no-store`.
 */
export function staffAccess(deps: StaffAuthDeps, permission: Permission): MiddlewareObj<StaffEvent, Result> {
  return {
    name: 'staffAccess',
    before: async (request) => {
      const event = request.event;
      // Only this middleware decides who is signed in, whatever the event held before.
      delete event.staff;
      const staff = await signedInStaff(deps, event);
      const method = (event.requestContext?.http?.method ?? '').toUpperCase();
      if (!staff) {
        if (method === 'GET' || method === 'HEAD') return;
        throw new HttpError(403, 'Not signed in');
      }
      if (!can(staff.member, permission))
        throw new HttpError(403, `Role ${staff.member.role} may not ${permission}`);
      event.staff = staff;
    },
    after: (request) => {
      const response = request.response;
      if (!response) return;
      request.response = { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
    },
  };
}
