import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  renderDecidedPage,
  renderExpiredLinkPage,
  renderReviewPage,
  renderStageClosedPage,
} from '../../shared/views/index.ts';
import { htmlResponse } from '../http/responses.ts';
import { type LoadedReview, reviewPath } from './review-link.ts';

/** The token is in the address: never cached, never sent on as a referrer to another site. */
export const PRIVATE_PAGE_HEADERS = { 'cache-control': 'no-store', 'referrer-policy': 'same-origin' };

/** The page for where the link's round stands: the form while pending, else the decision or "closed". */
export function standingResponse(
  review: LoadedReview,
  statusWhenOver: 200 | 409,
  options: { done: boolean } = { done: false },
): APIGatewayProxyStructuredResultV2 {
  const { context, standing } = review;
  switch (standing.kind) {
    case 'pending':
      return htmlResponse(200, renderReviewPage(context), PRIVATE_PAGE_HEADERS);
    case 'decided':
      return htmlResponse(
        statusWhenOver,
        renderDecidedPage({ ...context, decision: standing.decision, done: options.done }),
        PRIVATE_PAGE_HEADERS,
      );
    case 'closed':
      return htmlResponse(statusWhenOver, renderStageClosedPage(context), PRIVATE_PAGE_HEADERS);
    default:
      return standing satisfies never;
  }
}

/** 410 Gone: this link cannot act any more, but the page offers a fresh one for the same approver. */
export function expiredResponse(review: LoadedReview, token: string): APIGatewayProxyStructuredResultV2 {
  const renewPath = `${reviewPath(token, {})}/renew?${new URLSearchParams({ lang: review.context.locale })}`;
  return htmlResponse(410, renderExpiredLinkPage({ ...review.context, renewPath }), PRIVATE_PAGE_HEADERS);
}
