export {
  ERASURE_CONFIRM,
  ERASURE_STEP_FIELD,
  erasurePath,
  renderErasedPage,
  renderErasureConfirmPage,
} from './erasure-pages.tsx';
export { renderStatusLinkExpiredPage, type StatusLinkExpiredPageInput } from './link-expired-page.tsx';
export {
  type ResubmitRefusal,
  type ResubmitRefusedPageInput,
  renderResubmitRefusedPage,
} from './resubmit-refused-page.tsx';
export { renderStatusPage, type StatusPageInput, WORKFLOW_VERSION_FIELD } from './status-page.tsx';
export { formBodyFromAnswers } from './stored-values.ts';
export { timelineEntries } from './timeline.tsx';
