import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStreamPoller, type StreamHandler } from '../../../infra/local/stream-poller.ts';
import { dynamoDbStreamSource } from '../../../infra/local/stream-source.ts';
import { ensureTable } from '../../../infra/local/table.ts';

// An own table: the shared one's stream also carries the other test files' writes.
const tableName = 'local-stream-poller-test';
const local = { region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
let dynamo: DynamoDBClient;
let streams: DynamoDBStreamsClient;
let streamArn: string;

beforeAll(async () => {
  dynamo = new DynamoDBClient({ ...local, endpoint: inject('dynamoEndpoint') });
  streams = new DynamoDBStreamsClient({ ...local, endpoint: inject('dynamoEndpoint') });
  ({ streamArn } = await ensureTable(dynamo, tableName));
});

afterAll(() => {
  dynamo.destroy();
  streams.destroy();
});

const put = (pk: string, extra: Record<string, { S: string } | { B: Uint8Array }> = {}) =>
  dynamo.send(
    new PutItemCommand({ TableName: tableName, Item: { pk: { S: pk }, sk: { S: 'SUB' }, ...extra } }),
  );

function collectingPoller(startAt: 'TRIM_HORIZON' | 'LATEST') {
  const seen: DynamoDBRecord[] = [];
  const handler: StreamHandler = async (event) => {
    seen.push(...event.Records);
    return { batchItemFailures: [] };
  };
  const poller = createStreamPoller({
    source: dynamoDbStreamSource(streams, streamArn, { region: 'eu-central-1' }),
    handler,
    functionName: 'mailer',
    startAt,
    deadLetters: async () => {
      throw new Error('no record should fail');
    },
    log: () => {},
  });
  return { poller, seen };
}

describe('stream poller on DynamoDB Local', () => {
  it('delivers table changes as Lambda stream records', async () => {
    // Prepare
    await put('SUB#stream-1', { copyTo: { S: 'a@example.org' }, blob: { B: Uint8Array.from([1, 2, 3]) } });
    await put('SUB#stream-2');
    const { poller, seen } = collectingPoller('TRIM_HORIZON');
    // Act
    await poller.start();
    await poller.drain();
    await poller.stop();
    // Assess
    const mine = seen.filter((r) => r.dynamodb?.Keys?.pk?.S?.startsWith('SUB#stream-'));
    expect(mine.map((r) => r.dynamodb?.Keys?.pk?.S)).toEqual(['SUB#stream-1', 'SUB#stream-2']);
    expect(mine[0]).toMatchObject({
      eventName: 'INSERT',
      eventSource: 'aws:dynamodb',
      eventSourceARN: streamArn,
      awsRegion: 'eu-central-1',
      dynamodb: {
        NewImage: { copyTo: { S: 'a@example.org' }, blob: { B: 'AQID' } },
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    });
    expect(typeof mine[0]?.dynamodb?.ApproximateCreationDateTime).toBe('number');
    expect(mine[0]?.dynamodb?.SequenceNumber).toMatch(/^\d+$/);
  });

  it('skips what was already in the stream when starting at LATEST', async () => {
    await put('SUB#before-latest');
    const { poller, seen } = collectingPoller('LATEST');
    await poller.start();

    await put('SUB#after-latest');
    await poller.drain();
    await poller.stop();

    expect(seen.map((r) => r.dynamodb?.Keys?.pk?.S)).toEqual(['SUB#after-latest']);
  });
});
