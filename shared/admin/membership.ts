import type { AdminRepository } from '../storage/admin-types.ts';
import { type AllowList, allowedMember } from './allow-list.ts';
import type { StaffMember } from './roles.ts';
import { staffAddress } from './staff-address.ts';

/** Where staff membership comes from: stored records (managed by admins) and the configured allow-list. */
export interface MembershipSources {
  admin: Pick<AdminRepository, 'getStaff'>;
  allowList: AllowList;
}

/**
 * Who an address is as staff: its stored record wins (admins may change a role the allow-list
 * gave), else the allow-list; undefined when neither knows it. Checked at sign-in and on every request,
 * so removing someone takes effect at once.
 */
export async function resolveStaffMember(
  sources: MembershipSources,
  email: string,
): Promise<StaffMember | undefined> {
  const address = staffAddress(email);
  const stored = await sources.admin.getStaff(address);
  if (stored) {
    return {
      email: stored.email,
      role: stored.role,
      ...(stored.department ? { department: stored.department } : {}),
    };
  }
  return allowedMember(sources.allowList, address);
}
