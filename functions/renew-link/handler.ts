import { type RenewLinkDeps, renewDecisionLink } from '../../shared/submissions/renew-link.ts';
import { renderStageClosedPage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { postRoute } from '../http/route-chain.ts';
import { readSignedLink } from '../http/signed-link.ts';
import { loadReview, type ReviewDeps, reviewPath } from '../review/review-link.ts';
import { PRIVATE_PAGE_HEADERS, standingResponse } from '../review/review-responses.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';

export type RenewLinkHandlerDeps = ReviewDeps & {
  repository: RenewLinkDeps['repository'];
  outbox: RenewLinkDeps['outbox'];
};

/**
 * POST /r/{token}/renew — the expired link's button: queues a fresh decision request for the same
 * approver (the mailer sends it to the address in the workflow snapshot) and answers 303 to the
 * link's page saying so. At most one per approver, round and hour; a repeated post gets the same
 * answer. A link that is still valid has nothing to renew (303 to its page); a round that is over
 * answers 409 with its page. The request body is ignored: nothing in it could choose an address.
 */
export function createRenewLinkHandler(deps: RenewLinkHandlerDeps) {
  return postRoute().handler(async (event) => {
    const now = deps.now();
    const link = readSignedLink(event, await deps.keyring(), 'decide', now);
    const token = event.pathParameters?.token ?? '';
    const review = await loadReview(deps, event, link.claims);
    const lang = review.context.locale;
    if (link.kind === 'valid') return seeOther(reviewPath(token, { lang }));
    if (review.standing.kind !== 'pending') return standingResponse(review, 409);
    const outcome = await renewDecisionLink(deps, { ...review.claims, now });
    switch (outcome.kind) {
      case 'queued':
      case 'alreadyQueued':
        return seeOther(reviewPath(token, { renewed: '1', lang }));
      case 'notWaiting':
        return htmlResponse(409, renderStageClosedPage(review.context), PRIVATE_PAGE_HEADERS);
      case 'notFound':
        throw new HttpError(404, 'The submission of this link is gone', { locale: lang });
      default:
        return outcome satisfies never;
    }
  });
}

const dependencies = httpDependencies(process.env);
export const handler = createRenewLinkHandler({
  ...dependencies,
  keyring: linkKeyring(process.env),
  outbox: dependencies.repository,
});
