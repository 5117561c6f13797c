import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { inject } from 'vitest';
import * as z from 'zod';
import { createRepository, type Repository } from '../../../shared/storage/index.ts';

/*
 * The e2e platform's table, for assertions only. The endpoint comes from `inject` when the e2e
 * globalSetup provides it, else from the environment the platform set up in the globalSetup's
 * process (vitest's workers inherit it). Scans are fine here: tests, not request paths.
 */

const local = { region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

let shared: { client: DynamoDBClient; tableName: string } | undefined;

/** A client for the platform's DynamoDB Local and the name of its table. */
export function platformTable(): { client: DynamoDBClient; tableName: string } {
  if (shared) return shared;
  const endpoint = z.url().parse(optionalInject('dynamoEndpoint') ?? process.env.AWS_ENDPOINT_URL_DYNAMODB);
  const tableName = z
    .string()
    .min(1)
    .parse(optionalInject('tableName') ?? process.env.TABLE_NAME);
  shared = { client: new DynamoDBClient({ ...local, endpoint }), tableName };
  return shared;
}

/** The product's repository on the platform's table (reads the state and history the pages show). */
export function platformRepository(): Repository {
  return createRepository(platformTable());
}

export type TableItem = Record<string, unknown>;

/** Every item of the table, unmarshalled, ordered by key (a consistent Scan, paginated). */
export async function scanTable(): Promise<TableItem[]> {
  const { client, tableName } = platformTable();
  const items: TableItem[] = [];
  let start: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    for (const item of page.Items ?? []) items.push(unmarshall(item));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** The whole table as one JSON line per item, to compare before and after a request. */
export async function tableSnapshot(): Promise<string[]> {
  return (await scanTable()).map((item) => JSON.stringify(item, Object.keys(item).sort()));
}

/** The items that belong to one submission (the submission, its audit, outbox, markers, reminder item). */
export async function itemsOf(submissionId: string): Promise<TableItem[]> {
  return (await scanTable()).filter((item) => String(item.sk).startsWith(`SUB#${submissionId}`));
}

/**
 * Waits until every outbox email of the submission is marked sent, so the mailer writes nothing
 * more to the table while a test compares snapshots.
 */
export async function outboxSettled(submissionId: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = (await itemsOf(submissionId)).filter(
      (item) => item.kind === 'outbox' && item.sentAt === undefined,
    );
    if (pending.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending.length} outbox email(s) of ${submissionId} unsent`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function keyOf(item: TableItem): string {
  return `${String(item.pk)}\u0000${String(item.sk)}`;
}

function optionalInject(key: 'dynamoEndpoint' | 'tableName'): string | undefined {
  // Typed as always provided (test/support/provided.d.ts, for the integration project); the e2e
  // globalSetup may not provide it.
  const value: unknown = inject(key);
  return typeof value === 'string' ? value : undefined;
}
