import * as z from 'zod';

/**
 * Staff roles and what each may do. Every admin route names the permission it needs and the
 * server checks it (with the consultation's department where one is concerned) before anything else.
 */

/** viewer: reads submissions and results of their department; editor: also edits and publishes its consultations; admin: everything, manages staff. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** A department's short technical name, e.g. "integration" (the owner of a consultation). */
export const departmentSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must start with a letter and contain only a-z, 0-9 and - (at most 40)');

/** Who is signed in: the address (lowercase), the role and, for viewers and editors, the department. */
export interface StaffMember {
  email: string;
  role: Role;
  /** Required for viewers and editors (their scope); admins have none. */
  department?: string | undefined;
}

/**
 * What a route needs: `read` a consultation's settings, submissions and results; `edit` (create,
 * change, publish, close) a consultation; `manageStaff`: the staff list and roles.
 */
export type Permission = 'read' | 'edit' | 'manageStaff';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
const NEEDS: Record<Permission, Role> = { read: 'viewer', edit: 'editor', manageStaff: 'admin' };

/**
 * Whether `staff` may do `permission`, on `consultation` when one is concerned. Non-admins act only
 * on consultations of their own department; one without a department is the admins' alone.
 */
export function can(
  staff: StaffMember,
  permission: Permission,
  consultation?: { department?: string | undefined },
): boolean {
  if (RANK[staff.role] < RANK[NEEDS[permission]]) return false;
  if (staff.role === 'admin' || consultation === undefined) return true;
  return consultation.department !== undefined && consultation.department === staff.department;
}
