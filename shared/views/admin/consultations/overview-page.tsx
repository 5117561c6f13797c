import { directionOf, htmlLang, type Locale } from '../../../i18n/locales.ts';
import type { AdminChange, VersionSummary } from '../../../storage/admin-types.ts';
import type { RenderedPage } from '../../document.tsx';
import {
  ActionButton,
  CheckboxGroup,
  type ConsultationStatus,
  CsrfField,
  ErrorSummary,
  StatusTag,
  type SummaryIssue,
  TextInput,
} from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { formatStaffTime } from '../staff-time.tsx';
import { REVISION_INPUT } from './edit-page.tsx';
import { languageLabel, plural } from './format.ts';
import {
  consultationPath,
  DRAFT_SECTIONS,
  type DraftSectionName,
  SECTION_TITLES,
  sectionPath,
} from './paths.ts';

/** The published side of a consultation as its page shows it. */
export interface OverviewPublished {
  version: string;
  publishedAt: string;
  slug: string;
  opens: string;
  closes: string;
  closedAt?: string | undefined;
}

export interface ConsultationOverviewInput {
  chrome: AdminChrome;
  id: string;
  title: string;
  titleLang: Locale;
  status: ConsultationStatus;
  department?: string | undefined;
  /** Admins move consultations between departments; with a refused attempt's value and error. */
  departmentForm?: { value: string; error?: string | undefined } | undefined;
  canEdit: boolean;
  published?: OverviewPublished | undefined;
  draft: {
    slug: string;
    opens?: string | undefined;
    closes?: string | undefined;
    revision: number;
    updatedAt?: string | undefined;
    updatedBy?: string | undefined;
    languages: readonly Locale[];
    /** Problems per section; all zero means it can be published. */
    issueCounts: Readonly<Record<DraftSectionName, number>>;
    unpublishedChanges: boolean;
  };
  /** Confirmed (counted) submissions. */
  submissions: number;
  /** Answers not confirmed by email (waiting, or expired); 0 without verification. */
  pendingSubmissions?: number;
  versions: readonly VersionSummary[];
  changes: readonly AdminChange[];
  /** Set when the log is shown from a later page (`?changes=`). */
  changesPaged: boolean;
  nextChangesCursor?: string | undefined;
  /** `?published=<version>` after a successful publish. */
  publishedNow?: string | undefined;
  /** A refused publish: what must be fixed first, each linked to its input. */
  publishIssues?: readonly SummaryIssue[] | undefined;
  /** A refused discard (the confirmation not ticked): the error beside the checkbox. */
  discardError?: string | undefined;
}

/** The name of the discard form's confirmation checkbox; it posts DISCARD_CONFIRMED when ticked. */
export const DISCARD_CONFIRM_INPUT = 'confirm';
export const DISCARD_CONFIRMED = 'yes';
/** The id of the confirmation checkbox (the error summary links to it). */
export const DISCARD_CONFIRM_ID = 'discard-confirm';

/**
 * Whether "Discard" has something to do: a draft never published (it is deleted), or a draft with
 * changes the published version does not have (they are thrown away).
 */
export function canDiscard(input: Pick<ConsultationOverviewInput, 'published' | 'draft'>): boolean {
  return input.published ? input.draft.unpublishedChanges : input.draft.revision > 0;
}

/** A consultation's page: status, dates, owner, draft validity, the lifecycle buttons and the change log. */
export function renderConsultationOverviewPage(input: ConsultationOverviewInput): RenderedPage {
  const { id, published, draft, canEdit } = input;
  const issueTotal = DRAFT_SECTIONS.reduce((sum, section) => sum + draft.issueCounts[section], 0);
  const issues = input.publishIssues ?? [];
  const discardIssues = input.discardError
    ? [{ href: `#${DISCARD_CONFIRM_ID}`, message: input.discardError }]
    : [];
  return renderAdminPage({
    title: issues.length + discardIssues.length > 0 ? `Error: ${input.title}` : input.title,
    chrome: input.chrome,
    children: (
      <>
        <ErrorSummary issues={issues} title="The draft cannot be published yet" />
        <ErrorSummary issues={discardIssues} title="The draft was not discarded" />
        {input.publishedNow && (
          <div class="notice" role="status">
            <p>
              Published as version <code>{input.publishedNow}</code>.
            </p>
          </div>
        )}
        <h1>
          <span lang={htmlLang(input.titleLang)} dir={directionOf(input.titleLang)}>
            {input.title}
          </span>{' '}
          <StatusTag status={input.status} />
        </h1>
        <dl class="summary-list">
          <dt>Technical id</dt>
          <dd>
            <code>{id}</code>
          </dd>
          <dt>Web address</dt>
          <dd>
            {published ? (
              <a href={`/c/${encodeURIComponent(published.slug)}`}>/c/{published.slug}</a>
            ) : (
              <>/c/{draft.slug} (not published yet)</>
            )}
          </dd>
          <dt>Opens</dt>
          <dd>{formatStaffTime(published?.opens ?? draft.opens)}</dd>
          <dt>Closes</dt>
          <dd>{formatStaffTime(published?.closes ?? draft.closes)}</dd>
          {published?.closedAt && (
            <>
              <dt>Closed by hand</dt>
              <dd>{formatStaffTime(published.closedAt)}</dd>
            </>
          )}
          <dt>Department</dt>
          <dd>{input.department ?? 'none (admins only)'}</dd>
          <dt>Submissions</dt>
          <dd>
            {input.submissions}
            {input.pendingSubmissions
              ? ` confirmed, ${input.pendingSubmissions} unconfirmed (waiting for the email link, or expired)`
              : ''}{' '}
            – <a href={consultationPath(id, '/submissions')}>open the submissions inbox</a>
          </dd>
          <dt>Participation codes</dt>
          <dd>
            <a href={consultationPath(id, '/codes')}>
              Generate, count and void single-use codes (for a vote by letter)
            </a>
          </dd>
          <dt>Published version</dt>
          <dd>
            {published ? (
              <>
                <code>{published.version}</code>, {formatStaffTime(published.publishedAt)}
              </>
            ) : (
              'never published'
            )}
          </dd>
        </dl>

        <h2>Draft</h2>
        <p>
          Revision {draft.revision}
          {draft.updatedAt && `, saved ${formatStaffTime(draft.updatedAt)}`}
          {draft.updatedBy && ` by ${draft.updatedBy}`}.{' '}
          {published &&
            (draft.unpublishedChanges
              ? 'It has changes that are not published yet.'
              : 'It is the same as the published version.')}
        </p>
        {issueTotal === 0 ? (
          <p>The draft is complete and valid: it can be published.</p>
        ) : (
          <p id="draft-issues">
            The draft has {plural(issueTotal, 'problem')} to fix before it can be published:
          </p>
        )}
        <ul>
          {DRAFT_SECTIONS.map((section) => (
            <li key={section}>
              {canEdit ? (
                <a href={sectionPath(id, section)}>Edit {SECTION_TITLES[section]}</a>
              ) : (
                SECTION_TITLES[section]
              )}
              {draft.issueCounts[section] > 0
                ? ` – ${plural(draft.issueCounts[section], 'problem')}`
                : ' – no problems'}
            </li>
          ))}
        </ul>

        <h2>Preview</h2>
        {issueTotal === 0 ? (
          <ul>
            {draft.languages.map((language) => (
              <li key={language}>
                <a href={consultationPath(id, `/preview?lang=${encodeURIComponent(language)}`)}>
                  Preview in {languageLabel(language)}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>The preview shows the form once the draft has no problems.</p>
        )}

        {canEdit && <Lifecycle {...input} issueTotal={issueTotal} />}
        {canEdit && canDiscard(input) && <DiscardForm {...input} />}
        {input.departmentForm && <DepartmentForm {...input} form={input.departmentForm} />}

        <h2>Export as YAML</h2>
        <ul>
          <li>
            <a href={consultationPath(id, '/export')}>The draft</a>
          </li>
          {input.versions.map((version) => (
            <li key={version.version}>
              <a href={consultationPath(id, `/export?version=${encodeURIComponent(version.version)}`)}>
                Version <code>{version.version}</code>
              </a>
              , published {formatStaffTime(version.publishedAt)}
              {version.version === published?.version && ' (current)'}
            </li>
          ))}
        </ul>

        <ChangeLog {...input} />
      </>
    ),
  });
}

function Lifecycle(props: ConsultationOverviewInput & { issueTotal: number }) {
  const { id, published, chrome, issueTotal, draft } = props;
  const token = chrome.csrfToken ?? '';
  const blocked = issueTotal > 0;
  return (
    <>
      <h2>Publish</h2>
      {blocked && (
        <p id="publish-blocked">Publishing is possible once the problems listed under “Draft” are fixed.</p>
      )}
      {!blocked && published && !draft.unpublishedChanges && (
        <p>Publishing again makes no new version: the draft is the published version.</p>
      )}
      <form id="publish-form" method="post" action={consultationPath(id, '/publish')} class="button-group">
        <CsrfField token={token} />
        <input type="hidden" name={REVISION_INPUT} value={String(draft.revision)} />
        {blocked ? (
          <button type="submit" class="button" disabled aria-describedby="publish-blocked">
            Publish
          </button>
        ) : (
          <ActionButton>Publish</ActionButton>
        )}
      </form>
      {published && (
        <>
          <h2>{published.closedAt ? 'Reopen' : 'Close'}</h2>
          {published.closedAt ? (
            <form method="post" action={consultationPath(id, '/reopen')}>
              <CsrfField token={token} />
              <p>
                Reopening lets residents answer again within a minute, while its dates allow it. It can be
                closed again.
              </p>
              <ActionButton variant="secondary">Reopen</ActionButton>
            </form>
          ) : (
            <form method="post" action={consultationPath(id, '/close')}>
              <CsrfField token={token} />
              <p>
                Closing stops new answers within a minute (the public pages keep a consultation for up to a
                minute), whatever its dates say. It can be reopened.
              </p>
              <ActionButton variant="danger">Close</ActionButton>
            </form>
          )}
        </>
      )}
    </>
  );
}

function DiscardForm({ id, published, draft, chrome, discardError }: ConsultationOverviewInput) {
  return (
    <section aria-labelledby="discard-title">
      <h2 id="discard-title">Discard</h2>
      {published ? (
        <p>
          Discarding throws away the changes to the draft that are not published yet: the draft becomes the
          published version <code>{published.version}</code> again. What residents see does not change, and
          the change log is kept. The discarded changes cannot be brought back.
        </p>
      ) : (
        <p>
          This consultation was never published. Discarding deletes its draft and removes it from the list of
          consultations; its id and web address become free again. The change log is kept. The draft cannot be
          brought back.
        </p>
      )}
      <form id="discard-form" method="post" action={consultationPath(id, '/discard')}>
        <CsrfField token={chrome.csrfToken ?? ''} />
        <input type="hidden" name={REVISION_INPUT} value={String(draft.revision)} />
        <CheckboxGroup
          id={DISCARD_CONFIRM_ID}
          legend={published ? 'Discard the unpublished changes?' : 'Discard this draft?'}
          name={DISCARD_CONFIRM_INPUT}
          options={[{ value: DISCARD_CONFIRMED, label: 'Yes, discard' }]}
          values={[]}
          error={discardError}
        />
        <ActionButton variant="danger">
          {published ? 'Discard the changes' : 'Discard the draft'}
        </ActionButton>
      </form>
    </section>
  );
}

function DepartmentForm(
  props: ConsultationOverviewInput & { form: { value: string; error?: string | undefined } },
) {
  return (
    <>
      <h2>Department</h2>
      <form method="post" action={consultationPath(props.id, '/department')}>
        <CsrfField token={props.chrome.csrfToken ?? ''} />
        <TextInput
          id="department"
          name="department"
          label="Owning department"
          hint="Editors and viewers of this department work on it. Leave empty to keep it for admins only."
          value={props.form.value}
          error={props.form.error}
        />
        <ActionButton variant="secondary">Change department</ActionButton>
      </form>
    </>
  );
}

const ACTION_LABELS: Record<AdminChange['action'], string> = {
  created: 'Created',
  imported: 'Imported',
  copied: 'Copied',
  edited: 'Edited',
  published: 'Published',
  closed: 'Closed',
  reopened: 'Reopened',
  departmentChanged: 'Department changed',
  discarded: 'Discarded',
  staffSaved: 'Staff saved',
  staffRemoved: 'Staff removed',
  codesGenerated: 'Codes generated',
  codesVoided: 'Codes voided',
};

function ChangeLog({ id, changes, changesPaged, nextChangesCursor }: ConsultationOverviewInput) {
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">Changes</h2>
      {changes.length === 0 ? (
        <p>No changes recorded.</p>
      ) : (
        <div class="table-scroll">
          <table class="table">
            <caption class="visually-hidden">Changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, index) => (
                <tr key={`${change.at}-${index}`}>
                  <td>{formatStaffTime(change.at)}</td>
                  <td>{change.actor}</td>
                  <td>{ACTION_LABELS[change.action]}</td>
                  <td>
                    {change.summary}
                    {change.version && (
                      <>
                        {' '}
                        (version <code>{change.version}</code>)
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="button-group">
        {changesPaged && <a href={`${consultationPath(id)}#changes-title`}>Newest changes</a>}
        {nextChangesCursor && (
          <a href={`${consultationPath(id)}?changes=${encodeURIComponent(nextChangesCursor)}#changes-title`}>
            Older changes
          </a>
        )}
      </p>
    </section>
  );
}
