import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { loadStaffConfig } from '../../shared/admin/staff-config.ts';
import { loadConfig, loadMailConfig } from '../../shared/config.ts';
import type { MailerDeps } from '../../shared/mail/index.ts';
import {
  createAdminRepository,
  createDefinitionCache,
  createRepository,
} from '../../shared/storage/index.ts';
import { linkKeyring } from './link-keyring.ts';

/**
 * Builds the mailer's dependencies from the environment. Kept apart from the HTTP functions'
 * dependencies so that no public bundle contains the SES client. Sign-in mails of staff go out
 * from here too, so their links are signed where PUBLIC_BASE_URL is configured. Configuration fails fast: the
 * sender, the public origin and both key sources (LINK for approver and status links, STAFF for
 * sign-in links) must all be set. The keyring itself
 * is read on the first email that needs a link and kept for the life of the process.
 */
export function mailDependencies(env: NodeJS.ProcessEnv): MailerDeps {
  const config = loadConfig(env);
  const mail = loadMailConfig(env);
  const client = new DynamoDBClient({});
  const repository = createRepository({ client, tableName: config.tableName });
  const now = () => new Date();
  return {
    repository,
    // Only the sign-in mail items: the mailer reads them and marks them sent.
    admin: createAdminRepository({ client, tableName: config.tableName }),
    definitions: createDefinitionCache(repository, { ttlSeconds: config.definitionCacheSeconds, now }),
    ses: new SESClient({}),
    mail: { from: mail.from, configurationSet: mail.configurationSet },
    links: { baseUrl: mail.publicBaseUrl, keyring: linkKeyring(env) },
    // Sign-in mails: the mailer decides who is staff, and signs their links with the STAFF key.
    staff: { keyring: linkKeyring(env, 'STAFF'), allowList: loadStaffConfig(env).allowList },
    now,
  };
}
