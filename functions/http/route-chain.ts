import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { allowedMethods } from '../middleware/allowed-methods.ts';
import { type FormBodyEvent, formBody } from '../middleware/form-body.ts';
import { httpErrors } from '../middleware/http-errors.ts';
import { sameOrigin } from '../middleware/same-origin.ts';
import { securityHeaders } from '../middleware/security-headers.ts';
import { frontDoor } from './front-door.ts';

type Result = APIGatewayProxyStructuredResultV2;

/** The body limit of a resident's form (the first submission and its revision). */
export const MAX_FORM_BYTES = 64 * 1024;

/*
 * The middleware order is one decision for every route: middy skips `after` on errors, so
 * securityHeaders and allowedMethods come first and act in `onError` too; httpErrors turns what
 * the later middlewares and the handler throw into localized pages. frontDoor (the origin
 * verification) runs first of the `before` checks: a request that bypassed CloudFront learns
 * nothing about methods or bodies, it gets the 403 page. Every resident POST refuses a
 * cross-site request (403) before its body is read; for that, every page is served with
 * `Referrer-Policy: same-origin`, so our own forms send our real Origin (see same-origin.ts).
 */

/** Resident pages and answers: other sites never learn their URLs (tokens), our own forms send their Origin. */
const residentHeaders = () => securityHeaders({ referrerPolicy: 'same-origin' });

/** A page: GET (and HEAD, answered like GET without a body); never changes state. */
export function pageRoute() {
  return middy<APIGatewayProxyEventV2, Result>()
    .use(residentHeaders())
    .use(frontDoor())
    .use(allowedMethods(['GET', 'HEAD']))
    .use(httpErrors());
}

/** A POST without a body of interest (a button that only carries the URL). */
export function postRoute() {
  return middy<APIGatewayProxyEventV2, Result>()
    .use(residentHeaders())
    .use(frontDoor())
    .use(allowedMethods(['POST']))
    .use(httpErrors())
    .use(sameOrigin());
}

/** A POST of an urlencoded form of at most `maxBytes` (415 / 413 pages otherwise). */
export function formPostRoute(maxBytes: number) {
  return middy<FormBodyEvent, Result>()
    .use(residentHeaders())
    .use(frontDoor())
    .use(allowedMethods(['POST']))
    .use(httpErrors())
    .use(sameOrigin())
    .use(formBody({ maxBytes }));
}
