import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TestProject } from 'vitest/node';
import {
  freePort,
  type LocalService,
  startDynamoDbLocal,
  startSesLocal,
} from '../../infra/local/services.ts';
import { ensureTable } from '../../infra/local/table.ts';

/**
 * Integration globalSetup: one in-memory DynamoDB Local and one local SES on free ports for the
 * whole run, and the single table (typed for `inject` in ./provided.d.ts). Test files share the
 * table, so each uses its own ids and slugs.
 */
export default async function setup({ provide }: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const started: LocalService[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((service) => service.stop()));
  };
  try {
    const dynamoPort = await freePort();
    let sesPort = await freePort();
    while (sesPort === dynamoPort) sesPort = await freePort();
    const dynamo = await startDynamoDbLocal({ port: dynamoPort });
    started.push(dynamo);
    const ses = await startSesLocal({ port: sesPort });
    started.push(ses);
    const tableName = 'mitwirken-test';
    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    try {
      await ensureTable(client, tableName);
    } finally {
      client.destroy();
    }
    provide('dynamoEndpoint', dynamo.endpoint);
    provide('sesEndpoint', ses.endpoint);
    provide('tableName', tableName);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
