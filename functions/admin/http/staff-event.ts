import type { StaffMember } from '../../../shared/admin/roles.ts';
import type { AdminSession } from '../../../shared/storage/admin-types.ts';
import type { FormBodyEvent } from '../../middleware/form-body.ts';

/** Who made the request: the member as resolved now (stored record or allow-list) and their session. */
export interface SignedInStaff {
  member: StaffMember;
  session: AdminSession;
}

/** An API Gateway event that the staff middleware has given the signed-in member (read it with `staffOf`). */
export type StaffEvent = FormBodyEvent & { staff?: SignedInStaff };

/** The chain lacks the staff middleware: a bug in the handler's wiring, never the client's fault. */
export class MissingStaffError extends Error {
  override readonly name = 'MissingStaffError';
}

/** The signed-in member of a request that went through staffPageRoute / staffPostRoute. */
export function staffOf(event: StaffEvent): SignedInStaff {
  if (!event.staff) throw new MissingStaffError('staffPageRoute/staffPostRoute must wrap this handler');
  return event.staff;
}
