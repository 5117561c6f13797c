import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../shared/config.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import { createDefinitionCache, createRepository } from '../../shared/storage/index.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';

/** What the public HTTP functions share; built once per container, at module load. */
export interface HttpDependencies {
  repository: Repository;
  definitions: DefinitionCache;
  now: () => Date;
  /** How long a rendered form's signed id is accepted (FORM_ID_MAX_AGE_SECONDS). */
  formIdMaxAgeSeconds: number;
  /** How long the previous version's forms are accepted after a publish (VERSION_GRACE_SECONDS). */
  versionGraceSeconds: number;
}

/**
 * Builds the HTTP functions' dependencies from the environment. The SDK finds region, credentials
 * and (locally) AWS_ENDPOINT_URL_DYNAMODB itself, so this code is the same in AWS and on a laptop.
 */
export function httpDependencies(env: NodeJS.ProcessEnv): HttpDependencies {
  const config = loadConfig(env);
  const repository = createRepository({ client: new DynamoDBClient({}), tableName: config.tableName });
  const now = () => new Date();
  const definitions = createDefinitionCache(repository, { ttlSeconds: config.definitionCacheSeconds, now });
  const { formIdMaxAgeSeconds, versionGraceSeconds } = config;
  return { repository, definitions, now, formIdMaxAgeSeconds, versionGraceSeconds };
}
