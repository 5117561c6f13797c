export type { ExpiredLinkPageInput } from './link-pages.tsx';
export { renderExpiredLinkPage, renderLinkRenewedPage } from './link-pages.tsx';
export type { DecidedPageInput } from './outcome-pages.tsx';
export { renderDecidedPage, renderStageClosedPage } from './outcome-pages.tsx';
export { MAX_REVIEW_COMMENT_LENGTH, type ReviewContext } from './review-context.ts';
export type { ReviewFormErrors, ReviewPageInput } from './review-page.tsx';
export { renderReviewPage } from './review-page.tsx';
