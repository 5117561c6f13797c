import { renderLinkRenewedPage } from '../../shared/views/index.ts';
import { htmlResponse } from '../http/responses.ts';
import { pageRoute } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { loadReview, type ReviewDeps } from './review-link.ts';
import { expiredResponse, PRIVATE_PAGE_HEADERS, standingResponse } from './review-responses.ts';

/**
 * GET /r/{token} — what an approver's emailed link opens: the submission and the decision form, or
 * their recorded decision, or why nothing is left to do. Reads only (invariant 2): a mail scanner
 * that prefetches the link changes nothing. An expired link is answered with 410 and a button for
 * a fresh one; `?done=1` words the recorded decision as a confirmation, `?renewed=1` confirms a renewal.
 */
export function createReviewHandler(deps: ReviewDeps) {
  return pageRoute().handler(async (event) => {
    const link = readSignedLink(event, await deps.keyring(), 'decide', deps.now());
    const review = await loadReview(deps, event, link.claims);
    const query = event.queryStringParameters ?? {};
    if (link.kind === 'expired' && review.standing.kind === 'pending') {
      if (query.renewed === '1')
        return htmlResponse(200, renderLinkRenewedPage(review.context), PRIVATE_PAGE_HEADERS);
      return expiredResponse(review, event.pathParameters?.token ?? '');
    }
    return standingResponse(review, 200, { done: query.done === '1' });
  });
}

const dependencies = httpDependencies(process.env);
export const handler = createReviewHandler({ ...dependencies, keyring: linkKeyring(process.env) });
