import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DEPLOYED_COOKIES } from '../../shared/admin/cookie-policy.ts';
import { safeNextPath } from '../../shared/admin/next-path.ts';
import {
  clearSessionCookie,
  serializeSessionCookie,
  signSessionCookie,
} from '../../shared/admin/session-cookie.ts';
import { completeSignIn, requestSignIn, signInAddressSchema } from '../../shared/admin/sign-in.ts';
import {
  clearSignInBrowserCookie,
  signInBrowserCookie,
  signInBrowserHash,
  signInBrowserMatches,
  signInBrowserValue,
} from '../../shared/admin/sign-in-browser.ts';
import { SIGN_IN_LINK_PATH, verifySignInToken } from '../../shared/admin/sign-in-token.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import {
  renderSignInLinkPage,
  renderSignInLinkSpentPage,
  renderSignInPage,
  renderSignInSentPage,
} from '../../shared/views/admin/sign-in/index.ts';
import {
  adminPageRoute,
  anonymousPostRoute,
  dispatchByRouteKey,
  type StaffAuthDeps,
  signedInStaff,
  staffOf,
  staffPostRoute,
} from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { requestHeader } from '../http/request-headers.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { adminDependencies } from '../runtime/admin-dependencies.ts';

/** An address and a `next` path fit many times over; anything larger is not our form. */
export const MAX_SIGN_IN_FORM_BYTES = 4 * 1024;

/** Where a member lands after signing in, unless `next` names another staff page. */
const HOME = '/admin/consultations';

/**
 * Staff sign-in by emailed one-time link, and sign-out:
 * - GET /admin: the form asking for the address (signed in already: 303 to the staff pages);
 * - POST /admin/sign-in: queues a sign-in request for any address (the mailer mails only staff):
 *   the same work and the same answer for every address; sets the browser-binding cookie;
 * - GET /admin/sign-in/{token}: a page with one button (changes nothing: mail scanners open links);
 * - POST /admin/sign-in/{token}: spends the link, creates the session, sets the cookie, 303 to the
 *   stored `next` when this browser asked for the link, else the start page;
 *   used before → 409, expired → 410 with the form, forged or never mailed → 403;
 * - POST /admin/sign-out (CSRF): ends the session, clears the cookie, 303 to /admin.
 */
export function createAdminSignInHandler(deps: StaffAuthDeps) {
  const policy = deps.cookies ?? DEPLOYED_COOKIES;
  const signInPage = adminPageRoute().handler(async (event) => {
    const next = safeNextPath(event.queryStringParameters?.next);
    if (await signedInStaff(deps, event)) return seeOther(next ?? HOME);
    return htmlResponse(200, renderSignInPage({ next }));
  });

  const requestLink = anonymousPostRoute(MAX_SIGN_IN_FORM_BYTES).handler(async (event) => {
    const body = formBodyOf(event);
    const next = safeNextPath(formValue(body, 'next'));
    const typed = formValue(body, 'email');
    const address = signInAddressSchema.safeParse(typed);
    if (!address.success) {
      const email = typeof typed === 'string' ? typed : undefined;
      const error = 'Enter an email address in the correct format, like name@example.org';
      return htmlResponse(400, renderSignInPage({ email, error, next }));
    }
    // One Put for every address, staff or not, and one answer: nobody learns who is staff, neither
    // from the page nor from its timing. `next` is stored with the hash of this browser's binding,
    // so only this browser goes on to it after signing in.
    const browser = signInBrowserValue(event.cookies, policy);
    await requestSignIn(
      deps,
      { email: address.data, next, browserHash: signInBrowserHash(browser) },
      deps.now(),
    );
    return {
      ...htmlResponse(200, renderSignInSentPage({ email: address.data })),
      cookies: [signInBrowserCookie(policy, browser, cameOverHttps(event))],
    };
  });

  const linkPage = adminPageRoute().handler(async (event) => {
    const token = event.pathParameters?.token;
    const verified = verifySignInToken(token, await deps.keyring(), deps.now());
    if (verified.ok) {
      const next = safeNextPath(event.queryStringParameters?.next);
      const page = renderSignInLinkPage({
        email: verified.claims.email,
        action: `${SIGN_IN_LINK_PATH}${token}`,
        next,
      });
      return htmlResponse(200, page);
    }
    if (verified.reason === 'expired') return expiredLink(verified.claims.email);
    throw new HttpError(403, `Sign-in link refused: ${verified.reason}`);
  });

  const spendLink = anonymousPostRoute(MAX_SIGN_IN_FORM_BYTES).handler(async (event) => {
    const now = deps.now();
    const keyring = await deps.keyring();
    const verified = verifySignInToken(event.pathParameters?.token, keyring, now);
    if (!verified.ok) {
      if (verified.reason === 'expired') return expiredLink(verified.claims.email);
      throw new HttpError(403, `Sign-in link refused: ${verified.reason}`);
    }
    const outcome = await completeSignIn(deps, verified.claims, now);
    switch (outcome.kind) {
      case 'signedIn': {
        // A browser holds one session: the one it had before (maybe someone else's) ends now.
        const previous = await signedInStaff(deps, event);
        if (previous) await deps.admin.endSession(previous.session.id);
        const https = cameOverHttps(event);
        const cookie = serializeSessionCookie(signSessionCookie(outcome.session.id, keyring), policy, https);
        // The stored `next`, and only in the browser that asked for the link: anyone may ask for a
        // member's link naming any staff page, so in another browser (the member's, from the mail)
        // the link goes to the start page. The posted `next` is not trusted at all.
        const askedHere = signInBrowserMatches(event.cookies, policy, outcome.request.browserHash);
        const next = askedHere ? safeNextPath(outcome.request.next) : undefined;
        return {
          ...seeOther(next ?? HOME),
          cookies: [cookie, clearSignInBrowserCookie(policy, https)],
        };
      }
      case 'spent':
        return htmlResponse(409, renderSignInLinkSpentPage());
      case 'unknown':
        throw new HttpError(403, 'Sign-in link refused: its nonce was never mailed');
      case 'notStaff':
        throw new HttpError(403, 'The address of this sign-in link is no longer staff');
      default:
        return outcome satisfies never;
    }
  });

  const signOut = staffPostRoute(deps, 'read', { maxBytes: MAX_SIGN_IN_FORM_BYTES }).handler(
    async (event) => {
      await deps.admin.endSession(staffOf(event).session.id);
      return { ...seeOther('/admin'), cookies: [clearSessionCookie(policy, cameOverHttps(event))] };
    },
  );

  return dispatchByRouteKey({
    'GET /admin': signInPage,
    'POST /admin/sign-in': requestLink,
    'GET /admin/sign-in/{token}': linkPage,
    'POST /admin/sign-in/{token}': spendLink,
    'POST /admin/sign-out': signOut,
  });
}

/** 410 with the sign-in form, the address filled in: a new link is one click away. */
function expiredLink(email: string): APIGatewayProxyStructuredResultV2 {
  return htmlResponse(410, renderSignInPage({ expired: true, email }));
}

/** Whether the browser spoke https to us (API Gateway and CloudFront say so in X-Forwarded-Proto). */
function cameOverHttps(event: APIGatewayProxyEventV2): boolean {
  const proto = requestHeader(event, 'x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}

export const handler = createAdminSignInHandler(adminDependencies(process.env));
