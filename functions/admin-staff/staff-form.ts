import * as z from 'zod';
import { departmentSchema, type Role, roleSchema, type StaffMember } from '../../shared/admin/roles.ts';
import { staffAddress } from '../../shared/admin/staff-address.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import type { FormBody } from '../../shared/answers/types.ts';
import type { StaffFormValues, StaffPageErrors } from '../../shared/views/admin/staff/index.ts';

/** The posted staff form as typed, so it comes back as it was when refused. */
export function staffFormValues(body: FormBody): StaffFormValues {
  const text = (name: string) => {
    const value = formValue(body, name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    email: text('email'),
    role: text('role'),
    department: text('department'),
    shownEmail: text('shownEmail'),
    shownUpdatedAt: text('shownUpdatedAt'),
  };
}

/**
 * The updatedAt of the member being saved as the form showed it: only when the form was opened with
 * that member's record (a form turned to another address is an add or change of that one).
 */
export function shownUpdatedAt(values: StaffFormValues, email: string): string | undefined {
  const shown = staffEmailSchema.safeParse(values.shownEmail);
  if (!shown.success || shown.data !== email) return undefined;
  return values.shownUpdatedAt === '' ? undefined : values.shownUpdatedAt;
}

/**
 * An address as stored and compared: a valid email address, as staffAddress (trimmed, lowercase, no
 * `+tag`), the form sign-in looks members up by.
 */
export const staffEmailSchema = z
  .string({ error: 'Enter an email address, like name@example.org.' })
  .trim()
  .toLowerCase()
  .pipe(
    z.email({ error: 'Enter an email address, like name@example.org.' }).max(254, 'The address is too long.'),
  )
  .transform(staffAddress);

const memberSchema = z
  .object({
    email: staffEmailSchema,
    role: roleSchema,
    department: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value === '' ? undefined : value))
      .pipe(departmentSchema.optional()),
  })
  .superRefine((member, context) => {
    // Viewers and editors act only within their department; an admin has none (see roles.ts).
    if (member.role !== 'admin' && member.department === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['department'],
        message: `A ${member.role} needs a department, e.g. integration.`,
      });
    }
    if (member.role === 'admin' && member.department !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['department'],
        message: 'An admin has no department: leave it empty.',
      });
    }
  });

/** The staff form read into a member, or the message per input why not. */
export function parseStaffForm(
  values: StaffFormValues,
): { ok: true; member: StaffMember } | { ok: false; errors: StaffPageErrors } {
  const parsed = memberSchema.safeParse(values);
  if (parsed.success) {
    const { email, role, department } = parsed.data;
    return { ok: true, member: { email, role, ...(department === undefined ? {} : { department }) } };
  }
  const errors: StaffPageErrors = {};
  for (const issue of parsed.error.issues) {
    const input = issue.path[0];
    if (input !== 'email' && input !== 'role' && input !== 'department') continue;
    errors[input] ??= messageOf(input, issue);
  }
  return { ok: false, errors };
}

const ROLE_MESSAGE = 'Choose a role: viewer, editor or admin.';

// roleSchema and departmentSchema speak to programmers; the form says the same to the person.
function messageOf(input: 'email' | 'role' | 'department', issue: z.core.$ZodIssue): string {
  if (input === 'role') return ROLE_MESSAGE;
  if (input === 'department' && issue.code !== 'custom') return `The department ${issue.message}.`;
  return issue.message;
}

/** A member's role in words for the change log, e.g. `editor (integration)`. */
export function describeRole(member: { role: Role; department?: string | undefined }): string {
  return member.department === undefined ? member.role : `${member.role} (${member.department})`;
}
