import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../shared/config.ts';
import { createRepository } from '../../shared/storage/repository.ts';
import { type PublishResponse, publishForms } from './publish.ts';

const config = loadConfig(process.env);
const repository = createRepository({ client: new DynamoDBClient({}), tableName: config.tableName });

/** onEvent handler of the form publisher custom resource (infra/constructs/form-publisher.ts). */
export const handler = (event: unknown): Promise<PublishResponse> => publishForms({ repository }, event);
