import type { Consultation, Localized } from '../../../definition/schema.ts';
import { ENGLISH_NAMES } from '../../../i18n/locales.ts';
import type { Submission } from '../../../storage/types.ts';
import type { RenderedPage } from '../../document.tsx';
import { ActionButton, ErrorSummary, SelectInput } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { StaffTime } from '../staff-time.tsx';
import {
  INBOX_STATUS_LABELS,
  INBOX_STATUSES,
  type InboxFilter,
  inboxPath,
  submissionPath,
} from './inbox-filter.ts';
import { type ResultsInput, ResultsTables } from './results-tables.tsx';
import { InEnglish } from './staff-text.tsx';
import { SUBMISSIONS_STYLE } from './submissions-style.ts';
import { WorkflowStatus } from './workflow-status.tsx';

/** Why the inbox could not list: a filter value it does not know, or a page link it did not make. */
export interface InboxErrors {
  status?: string | undefined;
  stage?: string | undefined;
  cursor?: string | undefined;
}

export interface InboxPageInput {
  chrome: AdminChrome;
  consultationId: string;
  /** The consultation's title for the heading (the published one, else the draft's). */
  title: Localized;
  /** The current published definition: its stages make the stage filter, its fields label the results. */
  definition?: Consultation | undefined;
  /** The filter as asked for (as far as it was understood, when there are errors). */
  filter: InboxFilter;
  /**
   * The page of submissions; absent when the request was refused (see `errors`). `partial`: the
   * search of a filter stopped at its budget, so the page may be short or empty and still go on.
   */
  page?:
    | {
        submissions: readonly Submission[];
        nextCursor?: string | undefined;
        first: boolean;
        partial?: boolean | undefined;
      }
    | undefined;
  results?: ResultsInput | undefined;
  errors?: InboxErrors | undefined;
}

/** How many submissions an inbox page lists. */
export const INBOX_PAGE_SIZE = 25;

/**
 * A consultation's submissions inbox: the count and results, a filter by workflow state and stage
 * (a GET form, so filtered pages can be bookmarked), and a page of submissions newest first.
 */
export function renderInboxPage(input: InboxPageInput): RenderedPage {
  const { chrome, consultationId, definition, filter, page, results, errors = {} } = input;
  const stages = definition?.workflow?.stages ?? [];
  const stageId = filter.status === 'all' ? undefined : filter.stageId;
  const issues = [
    errors.status && { href: '#filter-status', message: errors.status },
    errors.stage && { href: '#filter-stage', message: errors.stage },
    errors.cursor && { href: inboxPath(consultationId, filter), message: errors.cursor },
  ].filter((issue) => typeof issue === 'object');
  const consultationPath = `/admin/consultations/${encodeURIComponent(consultationId)}`;
  return renderAdminPage({
    title: `${issues.length > 0 ? 'Error: ' : ''}Submissions`,
    chrome: {
      ...chrome,
      section: 'consultations',
      breadcrumbs: [
        { href: '/admin/consultations', label: 'Consultations' },
        { href: consultationPath, label: englishText(input.title) || consultationId },
      ],
    },
    styles: [SUBMISSIONS_STYLE],
    children: (
      <>
        <ErrorSummary issues={issues} />
        <p class="lead">
          <InEnglish text={input.title} />
        </p>
        <h1>Submissions</h1>
        <section aria-labelledby="inbox-heading">
          <h2 id="inbox-heading">Inbox</h2>
          <form method="get" action={inboxPath(consultationId, { status: 'all' })} class="filter">
            <SelectInput
              id="filter-status"
              name="status"
              label="Workflow status"
              options={INBOX_STATUSES.map((status) => ({
                value: status,
                label: INBOX_STATUS_LABELS[status],
              }))}
              value={filter.status}
              error={errors.status}
            />
            <SelectInput
              id="filter-stage"
              name="stage"
              label="Stage"
              hint="Narrows “In stage” and “Sent back” to one stage."
              options={[
                { value: '', label: 'Any stage' },
                ...stages.map((stage) => ({ value: stage.id, label: englishText(stage.name) })),
              ]}
              value={stageId ?? ''}
              error={errors.stage}
            />
            <ActionButton variant="secondary">Filter</ActionButton>
          </form>
          {page && <SubmissionsTable consultationId={consultationId} filter={filter} page={page} />}
        </section>
        {/* The inbox is what staff come for; the totals follow it. */}
        {results && <ResultsTables definition={definition} results={results} />}
      </>
    ),
  });
}

/** A stage name as plain text for a select option (options cannot carry `lang`). */
function englishText(text: Localized): string {
  return text.en ?? Object.values(text).find((value) => value !== undefined) ?? '';
}

function SubmissionsTable(props: {
  consultationId: string;
  filter: InboxFilter;
  page: NonNullable<InboxPageInput['page']>;
}) {
  const { consultationId, filter, page } = props;
  const filtered = filter.status !== 'all';
  // A search stopped at its budget says so, and is never "no more": the next page goes on.
  const partial = page.partial === true && page.nextCursor !== undefined;
  const pager = (!page.first || page.nextCursor !== undefined) && (
    <nav aria-label="Pages of the inbox" class="pager">
      <ul>
        {!page.first && (
          <li>
            <a href={inboxPath(consultationId, filter)}>First page</a>
          </li>
        )}
        {page.nextCursor !== undefined && (
          <li>
            <a href={inboxPath(consultationId, filter, page.nextCursor)} rel="next">
              Next page
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
  const searchedPart = partial && (
    <p id="inbox-partial">Searched part of the submissions; continue with the next page.</p>
  );
  if (page.submissions.length === 0) {
    return (
      <>
        {searchedPart || (
          <p id="inbox-empty">
            {page.first
              ? filtered
                ? 'No submissions match this filter.'
                : 'There are no submissions yet.'
              : 'There are no more submissions.'}
          </p>
        )}
        {pager}
      </>
    );
  }
  return (
    <>
      <table class="table">
        <caption>
          {filtered ? 'Submissions matching the filter, newest first' : 'Submissions, newest first'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Submitted (Berlin time)</th>
            <th scope="col">Language</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {page.submissions.map((submission) => (
            <tr key={submission.id}>
              <th scope="row">
                <a href={submissionPath(consultationId, submission.id)} class="reference">
                  {submission.reference}
                </a>
              </th>
              <td>
                <StaffTime iso={submission.submittedAt} />
              </td>
              <td>{ENGLISH_NAMES[submission.locale]}</td>
              <td>
                <WorkflowStatus submission={submission} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {searchedPart}
      {pager}
    </>
  );
}
