import type { SubmissionStateFilter } from '../../../storage/admin-types.ts';

/** The workflow states the inbox filters by; `all` lists every submission (no filter). */
export const INBOX_STATUSES = ['all', 'inStage', 'sentBack', 'approved', 'rejected'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** How staff read each filter state. */
export const INBOX_STATUS_LABELS = {
  all: 'All',
  inStage: 'In stage',
  sentBack: 'Sent back',
  approved: 'Approved',
  rejected: 'Rejected',
} as const satisfies Record<InboxStatus, string>;

/** Statuses that sit at a stage, so a stage can narrow them (see SubmissionStateFilter). */
export const STAGE_STATUSES: ReadonlySet<InboxStatus> = new Set<InboxStatus>(['inStage', 'sentBack']);

/** What the inbox shows: every submission, or those in one workflow state (and stage). */
export type InboxFilter = { status: 'all' } | SubmissionStateFilter;

/** The inbox address of a consultation with its filter and, for a later page, the cursor. */
export function inboxPath(consultationId: string, filter: InboxFilter, cursor?: string): string {
  const query = new URLSearchParams();
  if (filter.status !== 'all') query.set('status', filter.status);
  if (filter.status !== 'all' && filter.stageId !== undefined) query.set('stage', filter.stageId);
  if (cursor !== undefined) query.set('cursor', cursor);
  const search = query.toString();
  return `/admin/consultations/${encodeURIComponent(consultationId)}/submissions${search ? `?${search}` : ''}`;
}

/** The address of one submission's detail page. */
export function submissionPath(consultationId: string, submissionId: string): string {
  return `/admin/consultations/${encodeURIComponent(consultationId)}/submissions/${encodeURIComponent(submissionId)}`;
}
