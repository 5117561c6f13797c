import { ConfigError } from '../config.ts';
import { type AllowList, parseAllowList } from './allow-list.ts';

// Apart from shared/config.ts so the resident functions, which read that, never bundle the allow-list.

/** What the staff functions need in addition: who may sign in without a stored staff record. */
export interface StaffConfig {
  allowList: AllowList;
}

/**
 * Reads STAFF_ALLOW_LIST (optional: without it only stored staff records sign in); throws
 * ConfigError naming the first bad entry.
 */
export function loadStaffConfig(env: NodeJS.ProcessEnv): StaffConfig {
  const parsed = parseAllowList(env.STAFF_ALLOW_LIST);
  if (!parsed.ok)
    throw new ConfigError(`Configuration error: STAFF_ALLOW_LIST is invalid (${parsed.problem})`);
  return { allowList: parsed.allowList };
}
