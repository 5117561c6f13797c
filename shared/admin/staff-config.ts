import { ConfigError } from '../config.ts';
import { type AllowList, parseAllowList } from './allow-list.ts';
import type { CookiePolicy } from './cookie-policy.ts';

// Apart from shared/config.ts so the resident functions, which read that, never bundle the allow-list.

/** What the staff functions need in addition: who may sign in without a stored staff record, and the cookie policy. */
export interface StaffConfig {
  allowList: AllowList;
  cookies: CookiePolicy;
}

/**
 * Whether this is the local platform: its configured public base URL is `http://localhost…` (or
 * a loopback address). The one place that decides it; anything else, and a deployment without
 * PUBLIC_BASE_URL (the HTTP functions in AWS have none), is deployed: `__Host-` Secure cookies.
 */
export function isLocalBaseUrl(publicBaseUrl: string | undefined): boolean {
  return (
    publicBaseUrl !== undefined &&
    /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?:\/|$)/i.test(publicBaseUrl)
  );
}

/**
 * Reads STAFF_ALLOW_LIST (optional: without it only stored staff records sign in); throws
 * ConfigError naming the first bad entry. PUBLIC_BASE_URL decides the cookie policy (isLocalBaseUrl).
 */
export function loadStaffConfig(env: NodeJS.ProcessEnv): StaffConfig {
  const parsed = parseAllowList(env.STAFF_ALLOW_LIST);
  if (!parsed.ok)
    throw new ConfigError(`Configuration error: STAFF_ALLOW_LIST is invalid (${parsed.problem})`);
  return { allowList: parsed.allowList, cookies: { local: isLocalBaseUrl(env.PUBLIC_BASE_URL) } };
}
