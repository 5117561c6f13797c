export { renderSubmissionDetailPage, type SubmissionDetailPageInput } from './detail-page.tsx';
export {
  INBOX_STATUS_LABELS,
  INBOX_STATUSES,
  type InboxFilter,
  type InboxStatus,
  inboxPath,
  STAGE_STATUSES,
  submissionPath,
} from './inbox-filter.ts';
export { INBOX_PAGE_SIZE, type InboxErrors, type InboxPageInput, renderInboxPage } from './inbox-page.tsx';
export type { ResultsInput } from './results-tables.tsx';
