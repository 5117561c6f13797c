import type { AllowList } from '../../../shared/admin/allow-list.ts';
import type { Keyring } from '../../../shared/links/index.ts';
import type { AdminRepository } from '../../../shared/storage/admin-types.ts';

/** What every staff route needs to know who is asking. */
export interface StaffAuthDeps {
  admin: AdminRepository;
  /** The link keyring: it also signs session cookies (under a MAC context of their own). */
  keyring: () => Promise<Keyring>;
  allowList: AllowList;
  now: () => Date;
}
