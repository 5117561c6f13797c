import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../shared/config.ts';
import type { Keyring } from '../../shared/links/index.ts';
import { type CodeRepository, createCodeRepository } from '../../shared/storage/index.ts';
import { linkKeyring } from './link-keyring.ts';

/** The participation codes' store and the PARTICIPATION keyring that hashes them. */
export interface CodeDependencies {
  keyring: () => Promise<Keyring>;
  repository: CodeRepository;
}

/**
 * For the functions that generate, void or spend codes (adminConsultations, submit): the table and
 * the PARTICIPATION keyring (PARTICIPATION_SECRET_ARN / _FILE, checked at module load).
 */
export function codeDependencies(env: NodeJS.ProcessEnv): CodeDependencies {
  const { tableName } = loadConfig(env);
  return {
    keyring: linkKeyring(env, 'PARTICIPATION'),
    repository: createCodeRepository({ client: new DynamoDBClient({}), TableName: tableName }),
  };
}
