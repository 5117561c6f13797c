import type { AllowList } from '../../../shared/admin/allow-list.ts';
import type { CookiePolicy } from '../../../shared/admin/cookie-policy.ts';
import type { Keyring } from '../../../shared/links/index.ts';
import type { AdminRepository } from '../../../shared/storage/admin-types.ts';

/** What every staff route needs to know who is asking. */
export interface StaffAuthDeps {
  admin: AdminRepository;
  /** The STAFF keyring: sign-in links and session cookies (each under a MAC context of its own). */
  keyring: () => Promise<Keyring>;
  allowList: AllowList;
  /** How the staff cookies are named and flagged; default the deployed policy (`__Host-`, Secure). */
  cookies?: CookiePolicy | undefined;
  now: () => Date;
}
