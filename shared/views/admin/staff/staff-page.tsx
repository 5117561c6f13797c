import type { AllowListEntry } from '../../../admin/allow-list.ts';
import { ROLES, type Role } from '../../../admin/roles.ts';
import type { AdminChange, StaffRecord } from '../../../storage/admin-types.ts';
import type { RenderedPage } from '../../document.tsx';
import { inlineStyle } from '../../inline-style.ts';
import { ActionButton, CsrfField, ErrorSummary, SelectInput, TextInput } from '../components.tsx';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { StaffTime } from '../staff-time.tsx';

/** Where the staff form posts; the remove buttons post to STAFF_REMOVE_PATH. */
export const STAFF_PATH = '/admin/staff';
export const STAFF_REMOVE_PATH = '/admin/staff/remove';

/** The staff form's posted values, kept when it comes back with errors. */
export interface StaffFormValues {
  email?: string | undefined;
  role?: string | undefined;
  department?: string | undefined;
  /**
   * The stored member the form was opened with (`?edit=`) and the updatedAt it showed, posted back
   * hidden: saving is refused (409) when that record changed meanwhile.
   */
  shownEmail?: string | undefined;
  shownUpdatedAt?: string | undefined;
}

/** Why a staff POST or the page's query was refused, per input (`remove`, `changes`: the page's own). */
export interface StaffPageErrors {
  email?: string | undefined;
  role?: string | undefined;
  department?: string | undefined;
  remove?: string | undefined;
  changes?: string | undefined;
  /** The member was changed or removed by someone else since the form showed them. */
  conflict?: string | undefined;
}

export interface StaffPageInput {
  chrome: AdminChrome;
  /** The signed-in admin: they cannot remove or demote themselves, so they get no remove button. */
  self: string;
  staff: readonly StaffRecord[];
  /** The configured allow-list (read-only here): who else may sign in. */
  allowList: readonly AllowListEntry[];
  /** A page of the staff change log, newest first; absent when its cursor was refused. */
  changes?: { changes: readonly AdminChange[]; nextCursor?: string | undefined; first: boolean } | undefined;
  form?: { values: StaffFormValues; errors?: StaffPageErrors | undefined } | undefined;
  /** Errors of the page itself (a refused removal or change-log link). */
  errors?: Pick<StaffPageErrors, 'remove' | 'changes'> | undefined;
}

const ROLE_LABELS = {
  viewer: 'Viewer – reads the submissions and results of their department',
  editor: 'Editor – also creates, edits, publishes and closes their department’s consultations',
  admin: 'Admin – everything, including staff and roles',
} as const satisfies Record<Role, string>;

const STAFF_STYLE = inlineStyle(`
.staff-actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.staff-actions form{margin:0}
.pager ul{display:flex;flex-wrap:wrap;gap:1rem 2rem;list-style:none;padding:0;margin:0 0 2rem}
`);

/** The address of the staff page with a member's record in the form, or a later page of the log. */
export function staffPagePath(query: { edit?: string; changes?: string } = {}): string {
  const search = new URLSearchParams();
  if (query.edit !== undefined) search.set('edit', query.edit);
  if (query.changes !== undefined) search.set('changes', query.changes);
  const text = search.toString();
  return text ? `${STAFF_PATH}?${text}` : STAFF_PATH;
}

/**
 * The admins' staff page: stored members (change, remove), the configured allow-list, a form to
 * add or change a member, and the staff change log. Every form posts with the CSRF token.
 */
export function renderStaffPage(input: StaffPageInput): RenderedPage {
  const { chrome, self, staff, allowList, changes, form, errors = {} } = input;
  const formErrors = form?.errors ?? {};
  const csrf = chrome.csrfToken ?? '';
  const issues = [
    errors.remove && { href: '#stored-staff', message: errors.remove },
    errors.changes && { href: staffPagePath(), message: errors.changes },
    formErrors.conflict && { href: '#staff-form', message: formErrors.conflict },
    formErrors.email && { href: '#staff-email', message: formErrors.email },
    formErrors.role && { href: '#staff-role', message: formErrors.role },
    formErrors.department && { href: '#staff-department', message: formErrors.department },
  ].filter((issue) => typeof issue === 'object');
  const values = form?.values ?? {};
  return renderAdminPage({
    title: `${issues.length > 0 ? 'Error: ' : ''}Staff`,
    chrome: { ...chrome, section: 'staff' },
    styles: [STAFF_STYLE],
    children: (
      <>
        <ErrorSummary issues={issues} />
        <h1>Staff</h1>
        <section aria-labelledby="stored-staff-heading">
          <h2 id="stored-staff-heading">Staff members</h2>
          {staff.length === 0 ? (
            <p id="stored-staff">
              No staff members are stored yet; only the allow-list below lets people sign in.
            </p>
          ) : (
            <div class="table-scroll">
              <table class="table" id="stored-staff">
                <caption>Stored staff members (a stored member wins over the allow-list)</caption>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Department</th>
                    <th scope="col">Last change</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {staff.map((member) => (
                    <tr key={member.email} data-email={member.email}>
                      <th scope="row">{member.email}</th>
                      <td>{member.role}</td>
                      <td>{member.department ?? '–'}</td>
                      <td>
                        by {member.updatedBy}, <StaffTime iso={member.updatedAt} />
                      </td>
                      <td>
                        <div class="staff-actions">
                          <a href={`${staffPagePath({ edit: member.email })}#staff-form`}>
                            Change<span class="visually-hidden"> {member.email}</span>
                          </a>
                          {member.email === self ? (
                            <span>(you)</span>
                          ) : (
                            <form method="post" action={STAFF_REMOVE_PATH}>
                              <CsrfField token={csrf} />
                              <input type="hidden" name="email" value={member.email} />
                              <ActionButton variant="danger">
                                Remove<span class="visually-hidden"> {member.email}</span>
                              </ActionButton>
                            </form>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section aria-labelledby="staff-form-heading" id="staff-form">
          <h2 id="staff-form-heading">Add or change a staff member</h2>
          <p>Saving an address that is already stored changes its role and department.</p>
          <form method="post" action={STAFF_PATH} novalidate>
            <CsrfField token={csrf} />
            {values.shownUpdatedAt !== undefined && (
              <>
                <input type="hidden" name="shownEmail" value={values.shownEmail ?? ''} />
                <input type="hidden" name="shownUpdatedAt" value={values.shownUpdatedAt} />
              </>
            )}
            <TextInput
              id="staff-email"
              name="email"
              label="Email address"
              type="email"
              autocomplete="off"
              required
              value={values.email}
              error={formErrors.email}
            />
            <SelectInput
              id="staff-role"
              name="role"
              label="Role"
              options={[
                { value: '', label: 'Choose a role' },
                ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
              ]}
              value={values.role ?? ''}
              error={formErrors.role}
            />
            <TextInput
              id="staff-department"
              name="department"
              label="Department"
              hint="Required for viewers and editors, e.g. integration (a-z, 0-9 and -). Leave empty for admins."
              value={values.department}
              error={formErrors.department}
            />
            <ActionButton>Save staff member</ActionButton>
          </form>
        </section>
        <section aria-labelledby="allow-list-heading">
          <h2 id="allow-list-heading">Allow-list from the configuration</h2>
          <p>
            These addresses and domains may sign in without a stored record. The list is part of the
            deployment configuration and cannot be changed here.
          </p>
          {allowList.length === 0 ? (
            <p id="allow-list">The allow-list is empty.</p>
          ) : (
            <table class="table" id="allow-list">
              <caption>Allow-list entries</caption>
              <thead>
                <tr>
                  <th scope="col">Address or domain</th>
                  <th scope="col">Role</th>
                  <th scope="col">Department</th>
                </tr>
              </thead>
              <tbody>
                {allowList.map((entry) => {
                  const target =
                    entry.match.kind === 'address'
                      ? entry.match.email
                      : `every address @${entry.match.domain}`;
                  return (
                    <tr key={target}>
                      <th scope="row">{target}</th>
                      <td>{entry.role}</td>
                      <td>{entry.department ?? '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        {changes && <ChangeLog changes={changes} />}
      </>
    ),
  });
}

const ACTION_LABELS: Partial<Record<AdminChange['action'], string>> = {
  staffSaved: 'Saved',
  staffRemoved: 'Removed',
};

function ChangeLog({ changes }: { changes: NonNullable<StaffPageInput['changes']> }) {
  return (
    <section aria-labelledby="staff-log-heading">
      <h2 id="staff-log-heading">Change log</h2>
      {changes.changes.length === 0 ? (
        <p id="staff-log">
          {changes.first ? 'No staff changes are recorded yet.' : 'There are no older changes.'}
        </p>
      ) : (
        <table class="table" id="staff-log">
          <caption>Staff changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time (Berlin)</th>
              <th scope="col">By</th>
              <th scope="col">Action</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {changes.changes.map((change, index) => (
              <tr key={`${change.at}-${index}`}>
                <td>
                  <StaffTime iso={change.at} />
                </td>
                <td>{change.actor}</td>
                <td>{ACTION_LABELS[change.action] ?? change.action}</td>
                <td>{change.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(!changes.first || changes.nextCursor !== undefined) && (
        <nav aria-label="Pages of the change log" class="pager">
          <ul>
            {!changes.first && (
              <li>
                <a href={staffPagePath()}>Newest changes</a>
              </li>
            )}
            {changes.nextCursor !== undefined && (
              <li>
                <a href={staffPagePath({ changes: changes.nextCursor })} rel="next">
                  Older changes
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </section>
  );
}
