import { can, type Permission } from '../../../shared/admin/roles.ts';
import { HttpError } from '../../http/http-error.ts';
import type { SignedInStaff } from './staff-event.ts';

/**
 * Throws 403 unless the member may do `permission` on this consultation: non-admins only on their
 * own department's consultations, and one without a department is the admins' alone.
 */
export function requireConsultationAccess(
  signedIn: SignedInStaff,
  permission: Permission,
  consultation: { department?: string | undefined },
): void {
  if (!can(signedIn.member, permission, consultation)) {
    throw new HttpError(403, `No ${permission} access to this consultation`);
  }
}
