import { join } from 'node:path';
import { TEST_ORIGIN_SECRET } from '../support/origin-secret.ts';

/**
 * The environment a bundle is loaded with in the benchmark: the configuration every function checks
 * at load, and credentials in environment variables, as the Lambda runtime provides them.
 */
export function benchEnvironment(secretsDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TABLE_NAME: 'bench',
    MAIL_FROM: 'bench@example.org',
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    PUBLIC_BASE_URL: 'http://localhost:3000',
    LINK_SECRET_FILE: join(secretsDir, 'link-signing-key.json'),
    STAFF_SECRET_FILE: join(secretsDir, 'staff-signing-key.json'),
    PARTICIPATION_SECRET_FILE: join(secretsDir, 'participation-key.json'),
    // The HTTP functions refuse to load without it (functions/http/front-door.ts).
    ORIGIN_VERIFY_SECRET: TEST_ORIGIN_SECRET,
    ...extra,
  };
}
