import { PENDING_COUNTER, SUBMISSION_TOTAL_COUNTER } from '../../shared/storage/index.ts';
import { staffChrome } from '../../shared/views/admin/layout.tsx';
import {
  INBOX_PAGE_SIZE,
  type InboxPageInput,
  renderInboxPage,
  renderSubmissionDetailPage,
} from '../../shared/views/admin/submissions/index.ts';
import {
  dispatchByRouteKey,
  type LambdaHandler,
  type StaffEvent,
  staffPageRoute,
} from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { submissionIdParameter } from '../http/path-parameters.ts';
import { htmlResponse } from '../http/responses.ts';
import { adminDependencies } from '../runtime/admin-dependencies.ts';
import { readableConsultation } from './consultation-access.ts';
import type { AdminSubmissionsDeps } from './deps.ts';
import { parseInboxQuery } from './inbox-query.ts';

export type { AdminSubmissionsDeps } from './deps.ts';

/** A submission names a definition version that is not stored: versions are immutable, so the data is broken. */
export class MissingDefinitionVersionError extends Error {
  override readonly name = 'MissingDefinitionVersionError';
}

const BAD_CURSOR = 'This page link is not valid (any more). Start again from the first page.';

/**
 * GET /admin/consultations/{id}/submissions — the inbox: count and results, then 25 submissions
 * newest first, all of them (listSubmissions) or those in one workflow state and stage
 * (listSubmissionsByState, an index query); never a scan.
 */
async function inbox(deps: AdminSubmissionsDeps, event: StaffEvent) {
  const { id, signedIn, consultation, title } = await readableConsultation(deps, event);
  const definition = consultation.published?.definition;
  const query = parseInboxQuery(event.queryStringParameters, definition?.workflow?.stages ?? []);
  const base: InboxPageInput = {
    chrome: staffChrome(signedIn),
    consultationId: id,
    title,
    definition,
    filter: query.filter,
  };
  if (query.kind === 'invalid') return htmlResponse(400, renderInboxPage({ ...base, errors: query.errors }));
  const { filter, cursor } = query;
  const options = { limit: INBOX_PAGE_SIZE, cursor };
  const [listed, counts] = await Promise.all([
    filter.status === 'all'
      ? deps.repository.listSubmissions(id, options)
      : deps.admin.listSubmissionsByState(id, filter, options),
    deps.repository.resultCounts(id),
  ]);
  if (listed.kind === 'badCursor')
    return htmlResponse(400, renderInboxPage({ ...base, errors: { cursor: BAD_CURSOR } }));
  const page = {
    submissions: listed.submissions,
    nextCursor: listed.cursor,
    first: cursor === undefined,
    // The index search stopped at its budget: a short or empty page that still goes on.
    partial: 'partial' in listed && listed.partial === true,
  };
  const results = {
    total: counts[SUBMISSION_TOTAL_COUNTER] ?? 0,
    pending: counts[PENDING_COUNTER] ?? 0,
    counts,
  };
  return htmlResponse(200, renderInboxPage({ ...base, page, results }));
}

/**
 * GET /admin/consultations/{id}/submissions/{submissionId} — one submission with the labels of the
 * definition version it was made with, its workflow state and audit trail.
 */
async function detail(deps: AdminSubmissionsDeps, event: StaffEvent) {
  const { id, signedIn, title } = await readableConsultation(deps, event);
  const submissionId = submissionIdParameter(event);
  const history = await deps.repository.getSubmissionHistory(id, submissionId);
  if (!history) throw new HttpError(404, 'No submission has this id');
  const { definitionVersion } = history.submission;
  const definition = await deps.repository.getDefinitionVersion(id, definitionVersion);
  if (!definition) {
    throw new MissingDefinitionVersionError(
      `Submission ${submissionId} names missing version ${definitionVersion}`,
    );
  }
  const page = renderSubmissionDetailPage({
    chrome: staffChrome(signedIn),
    consultationId: id,
    title,
    definition,
    history,
  });
  return htmlResponse(200, page);
}

/** The staff submissions function: the inbox and the detail page, each reading with permission `read`. */
export function createAdminSubmissionsHandler(deps: AdminSubmissionsDeps): LambdaHandler {
  return dispatchByRouteKey({
    'GET /admin/consultations/{id}/submissions': staffPageRoute(deps, 'read').handler((event) =>
      inbox(deps, event),
    ),
    'GET /admin/consultations/{id}/submissions/{submissionId}': staffPageRoute(deps, 'read').handler(
      (event) => detail(deps, event),
    ),
  });
}

export const handler = createAdminSubmissionsHandler(adminDependencies(process.env));
