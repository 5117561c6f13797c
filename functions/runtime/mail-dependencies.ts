import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { loadConfig, loadMailConfig } from '../../shared/config.ts';
import type { MailerDeps } from '../../shared/mail/index.ts';
import { createDefinitionCache, createRepository } from '../../shared/storage/index.ts';
import { linkKeyring } from './link-keyring.ts';

/**
 * Builds the mailer's dependencies from the environment. Kept apart from the HTTP functions'
 * dependencies so that no public bundle contains the SES client. Configuration fails fast: the
 * sender, the public origin and the link-signing key source must all be set. The keyring itself
 * is read on the first email that needs a link and kept for the life of the process.
 */
export function mailDependencies(env: NodeJS.ProcessEnv): MailerDeps {
  const config = loadConfig(env);
  const mail = loadMailConfig(env);
  const repository = createRepository({ client: new DynamoDBClient({}), tableName: config.tableName });
  const now = () => new Date();
  return {
    repository,
    definitions: createDefinitionCache(repository, { ttlSeconds: config.definitionCacheSeconds, now }),
    ses: new SESClient({}),
    mail: { from: mail.from, configurationSet: mail.configurationSet },
    links: { baseUrl: mail.publicBaseUrl, keyring: linkKeyring(env) },
    now,
  };
}
