import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadStaffConfig } from '../../shared/admin/staff-config.ts';
import { loadConfig } from '../../shared/config.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import {
  createAdminRepository,
  createDefinitionCache,
  createRepository,
  type StorageRepository,
} from '../../shared/storage/index.ts';
import type { StaffAuthDeps } from '../admin/http/staff-auth-deps.ts';
import { linkKeyring } from './link-keyring.ts';

/** What the staff functions share; built once per container, at module load. */
export type AdminDependencies = StaffAuthDeps & {
  repository: StorageRepository;
  definitions: DefinitionCache;
};

/**
 * Builds the staff functions' dependencies from the environment: the table (TABLE_NAME), the
 * allow-list (STAFF_ALLOW_LIST), the cookie policy (PUBLIC_BASE_URL, staff-config.ts) and the STAFF
 * keyring (STAFF_SECRET_ARN / STAFF_SECRET_FILE), which signs sign-in links and session cookies. Configuration fails fast; the keyring is read on first use.
 */
export function adminDependencies(env: NodeJS.ProcessEnv): AdminDependencies {
  const config = loadConfig(env);
  const { allowList, cookies } = loadStaffConfig(env);
  const client = new DynamoDBClient({});
  const repository = createRepository({ client, tableName: config.tableName });
  const now = () => new Date();
  return {
    admin: createAdminRepository({ client, tableName: config.tableName }),
    repository,
    definitions: createDefinitionCache(repository, { ttlSeconds: config.definitionCacheSeconds, now }),
    // Their own secret: no resident function can read it (infra/constructs/public-api.ts).
    keyring: linkKeyring(env, 'STAFF'),
    allowList,
    cookies,
    now,
  };
}
