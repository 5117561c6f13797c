import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESClient } from '@aws-sdk/client-ses';
import { loadConfig, loadMailConfig } from '../../shared/config.ts';
import type { DeliverDeps } from '../../shared/mail/index.ts';
import { createDefinitionCache, createRepository } from '../../shared/storage/index.ts';

/**
 * Builds the mailer's dependencies from the environment. Kept apart from the HTTP functions'
 * dependencies so that no public bundle contains the SES client.
 */
export function mailDependencies(env: NodeJS.ProcessEnv): DeliverDeps {
  const config = loadConfig(env);
  const repository = createRepository({ client: new DynamoDBClient({}), tableName: config.tableName });
  const now = () => new Date();
  return {
    repository,
    definitions: createDefinitionCache(repository, { ttlSeconds: config.definitionCacheSeconds, now }),
    ses: new SESClient({}),
    mail: loadMailConfig(env),
    now,
  };
}
