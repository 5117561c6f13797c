import { allowedMember } from '../../shared/admin/allow-list.ts';
import { adminChange } from '../../shared/admin/change.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import type { AdminChange, StaffRecord } from '../../shared/storage/admin-types.ts';
import { staffChrome } from '../../shared/views/admin/layout.tsx';
import {
  renderStaffPage,
  STAFF_PATH,
  type StaffFormValues,
  type StaffPageErrors,
  type StaffPageInput,
} from '../../shared/views/admin/staff/index.ts';
import {
  dispatchByRouteKey,
  type LambdaHandler,
  type SignedInStaff,
  type StaffAuthDeps,
  type StaffEvent,
  staffOf,
  staffPageRoute,
  staffPostRoute,
} from '../admin/http/index.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { adminDependencies } from '../runtime/admin-dependencies.ts';
import {
  describeRole,
  parseStaffForm,
  shownUpdatedAt,
  staffEmailSchema,
  staffFormValues,
} from './staff-form.ts';

/** What the staff pages need: the admin items and the configured allow-list (both in StaffAuthDeps). */
export type AdminStaffDeps = StaffAuthDeps;

/** The staff form is three short fields and the token. */
const MAX_STAFF_FORM_BYTES = 8 * 1024;

/** How many staff changes a page of the log shows. */
export const STAFF_LOG_PAGE_SIZE = 20;

const KEEP_AN_ADMIN = 'Another admin must do it, so that there is always an admin who can manage staff.';

type PageParts = Pick<StaffPageInput, 'form' | 'errors'>;

/** The staff page for the signed-in admin: members, allow-list and a page of the change log. */
async function renderPage(
  deps: AdminStaffDeps,
  signedIn: SignedInStaff,
  statusCode: number,
  parts: PageParts & { changesCursor?: string | undefined },
) {
  const [staff, log] = await Promise.all([
    deps.admin.listStaff(),
    deps.admin.listChanges({ kind: 'staff' }, { limit: STAFF_LOG_PAGE_SIZE, cursor: parts.changesCursor }),
  ]);
  const badCursor = 'kind' in log;
  const page = renderStaffPage({
    chrome: staffChrome(signedIn, { section: 'staff' }),
    self: signedIn.member.email,
    staff,
    allowList: deps.allowList,
    changes: badCursor
      ? undefined
      : { changes: log.changes, nextCursor: log.cursor, first: parts.changesCursor === undefined },
    form: parts.form,
    errors: badCursor
      ? {
          ...parts.errors,
          changes:
            'This page link of the change log is not valid (any more). Start again from the newest changes.',
        }
      : parts.errors,
  });
  return htmlResponse(badCursor ? 400 : statusCode, page);
}

/**
 * GET /admin/staff[?edit=<email>][&changes=<cursor>] — `edit` puts a member's record into the form,
 * `changes` shows an older page of the change log.
 */
async function staffPage(deps: AdminStaffDeps, event: StaffEvent) {
  const signedIn = staffOf(event);
  const query = event.queryStringParameters ?? {};
  const changesCursor = query.changes || undefined;
  const edit = staffEmailSchema.safeParse(query.edit);
  const record = edit.success ? await deps.admin.getStaff(edit.data) : undefined;
  const values = record ? recordValues(record) : { email: edit.success ? edit.data : undefined };
  return renderPage(deps, signedIn, 200, { form: { values }, changesCursor });
}

/** A stored member in the form, with the updatedAt it shows (posted back: see saveStaff). */
const recordValues = (record: StaffRecord) => ({
  email: record.email,
  role: record.role,
  department: record.department,
  shownEmail: record.email,
  shownUpdatedAt: record.updatedAt,
});

const staffChange = (signedIn: SignedInStaff, action: AdminChange['action'], summary: string, now: Date) =>
  adminChange({ actor: signedIn.member.email, scope: { kind: 'staff' }, action, summary, at: now });

/**
 * POST /admin/staff — adds or changes a member; an admin cannot change their own role. A form opened
 * with a member's record posts the updatedAt it showed: when the record changed (or went) since,
 * nothing is saved (409). The write itself is conditional on the record read here, so the change
 * log's "from" is always what was replaced.
 */
async function saveStaff(deps: AdminStaffDeps, event: StaffEvent) {
  const signedIn = staffOf(event);
  const values = staffFormValues(formBodyOf(event));
  const parsed = parseStaffForm(values);
  if (!parsed.ok) return renderPage(deps, signedIn, 400, { form: { values, errors: parsed.errors } });
  const { member } = parsed;
  if (member.email === signedIn.member.email && member.role !== 'admin') {
    const errors: StaffPageErrors = { role: `You cannot take away your own admin role. ${KEEP_AN_ADMIN}` };
    return renderPage(deps, signedIn, 400, { form: { values, errors } });
  }
  const existing = await deps.admin.getStaff(member.email);
  const shown = shownUpdatedAt(values, member.email);
  if (shown !== undefined && shown !== existing?.updatedAt)
    return savedMeanwhile(deps, signedIn, values, member.email);
  const summary = existing
    ? `Changed ${member.email} from ${describeRole(existing)} to ${describeRole(member)}`
    : `Added ${member.email} as ${describeRole(member)}`;
  const now = deps.now();
  const outcome = await deps.admin.putStaff(
    { ...member, updatedAt: now.toISOString(), updatedBy: signedIn.member.email },
    staffChange(signedIn, 'staffSaved', summary, now),
    existing?.updatedAt ?? null,
  );
  if (outcome === 'conflict') return savedMeanwhile(deps, signedIn, values, member.email);
  return seeOther(STAFF_PATH);
}

/**
 * 409: someone else saved or removed the member since the form showed them. The form keeps what was
 * posted, now tied to the current record, so saving again knowingly replaces it.
 */
async function savedMeanwhile(
  deps: AdminStaffDeps,
  signedIn: SignedInStaff,
  values: StaffFormValues,
  email: string,
) {
  const current = await deps.admin.getStaff(email);
  const now = current
    ? `It is now ${describeRole(current)}, saved by ${current.updatedBy}.`
    : 'It has been removed.';
  const errors: StaffPageErrors = {
    conflict: `Someone else changed ${email} after you opened it, so your change was not saved. ${now} Check the values below and save again to replace it with yours.`,
  };
  const form = {
    values: {
      ...values,
      shownEmail: current ? current.email : undefined,
      shownUpdatedAt: current ? current.updatedAt : undefined,
    },
    errors,
  };
  return renderPage(deps, signedIn, 409, { form });
}

/** POST /admin/staff/remove — removes a stored member; an admin cannot remove themselves. */
async function removeStaff(deps: AdminStaffDeps, event: StaffEvent) {
  const signedIn = staffOf(event);
  const email = staffEmailSchema.safeParse(formValue(formBodyOf(event), 'email'));
  if (!email.success) {
    return renderPage(deps, signedIn, 400, {
      errors: { remove: 'The removal did not name a valid email address.' },
    });
  }
  if (email.data === signedIn.member.email) {
    return renderPage(deps, signedIn, 400, {
      errors: { remove: `You cannot remove yourself. ${KEEP_AN_ADMIN}` },
    });
  }
  const notStored = `${email.data} is not a stored staff member, so there is nothing to remove.`;
  const existing = await deps.admin.getStaff(email.data);
  if (!existing) return renderPage(deps, signedIn, 404, { errors: { remove: notStored } });
  // The allow-list is configuration: removing the record returns the address to what it grants.
  const allowed = allowedMember(deps.allowList, email.data);
  const summary = `Removed ${email.data} (was ${describeRole(existing)})${
    allowed ? `; the allow-list still lets them sign in as ${describeRole(allowed)}` : ''
  }`;
  const removed = await deps.admin.removeStaff(
    email.data,
    staffChange(signedIn, 'staffRemoved', summary, deps.now()),
  );
  if (!removed) return renderPage(deps, signedIn, 404, { errors: { remove: notStored } });
  return seeOther(STAFF_PATH);
}

/** The staff function: the staff page and its two forms, all for admins only (`manageStaff`). */
export function createAdminStaffHandler(deps: AdminStaffDeps): LambdaHandler {
  const post = () => staffPostRoute(deps, 'manageStaff', { maxBytes: MAX_STAFF_FORM_BYTES });
  return dispatchByRouteKey({
    'GET /admin/staff': staffPageRoute(deps, 'manageStaff').handler((event) => staffPage(deps, event)),
    'POST /admin/staff': post().handler((event) => saveStaff(deps, event)),
    'POST /admin/staff/remove': post().handler((event) => removeStaff(deps, event)),
  });
}

export const handler = createAdminStaffHandler(adminDependencies(process.env));
