import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  type KeysAndAttributes,
  PutItemCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { type Item, toItem } from './codec.ts';
import type { Key } from './keys.ts';
import { assertFitsOneTransaction } from './workflow-items.ts';

/** The table a module of the repository works on, and the few ways it reads and writes it. */
export interface TableAccess {
  client: DynamoDBClient;
  TableName: string;
}

/** One item by key (consistent when asked). */
export async function getItem(table: TableAccess, key: Key, consistent = false): Promise<Item | undefined> {
  const { client, TableName } = table;
  const result = await client.send(
    new GetItemCommand({ TableName, Key: toItem({ ...key }), ConsistentRead: consistent }),
  );
  return result.Item;
}

/** Every item a Query returns, following LastEvaluatedKey to the end (for small, bounded partitions). */
export async function queryAll(
  table: TableAccess,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await table.client.send(
      new QueryCommand({ ...input, TableName: table.TableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * Sends a single-item write guarded by its ConditionExpression: true when written, false when the
 * condition failed (an expected answer, e.g. "exists already"); any other error is thrown.
 */
export async function conditionalWrite(
  client: DynamoDBClient,
  command: PutItemCommand | UpdateItemCommand,
): Promise<boolean> {
  try {
    // Two calls, because send's overloads take one command type at a time.
    await (command instanceof PutItemCommand ? client.send(command) : client.send(command));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Puts an item that must be new: false when an item with its key exists already (nothing changed). */
export function putNew(table: TableAccess, item: Record<string, unknown>): Promise<boolean> {
  return conditionalWrite(
    table.client,
    new PutItemCommand({
      TableName: table.TableName,
      Item: toItem(item),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * Sets an attribute of an existing item once (e.g. "mail sent at"): false when the item is gone or
 * the attribute is set already, so a retried job learns that someone else did it.
 */
export function setOnce(table: TableAccess, key: Key, attribute: string, value: string): Promise<boolean> {
  return conditionalWrite(
    table.client,
    new UpdateItemCommand({
      TableName: table.TableName,
      Key: toItem({ ...key }),
      UpdateExpression: 'SET #attribute = :value',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#attribute)',
      ExpressionAttributeNames: { '#attribute': attribute },
      ExpressionAttributeValues: toItem({ ':value': value }),
    }),
  );
}

/** BatchGetItem's limit of keys per request. */
const MAX_BATCH_KEYS = 100;
/** How often unprocessed keys (throttling) are asked for again before giving up. */
const BATCH_ATTEMPTS = 5;

/**
 * The items of `keys` that exist (in no particular order), read with BatchGetItem in chunks of 100;
 * keys DynamoDB leaves unprocessed are asked for again with a short backoff.
 */
export async function batchGetItems(
  table: TableAccess,
  keys: readonly Key[],
  options: Omit<KeysAndAttributes, 'Keys'> = {},
): Promise<Item[]> {
  const { client, TableName } = table;
  const found: Item[] = [];
  for (let start = 0; start < keys.length; start += MAX_BATCH_KEYS) {
    let request: KeysAndAttributes | undefined = {
      ...options,
      Keys: keys.slice(start, start + MAX_BATCH_KEYS).map((key) => toItem({ ...key })),
    };
    for (let attempt = 1; request?.Keys?.length; attempt++) {
      if (attempt > BATCH_ATTEMPTS)
        throw new Error(`BatchGetItem left ${request.Keys.length} keys unprocessed`);
      if (attempt > 1) await pause(attempt);
      const result: BatchGetItemCommandOutput = await client.send(
        new BatchGetItemCommand({ RequestItems: { [TableName]: request } }),
      );
      found.push(...(result.Responses?.[TableName] ?? []));
      request = result.UnprocessedKeys?.[TableName];
    }
  }
  return found;
}

/** How a transaction ended: written, or cancelled with DynamoDB's reason code per item. */
export type TransactionOutcome = { kind: 'written' } | { kind: 'cancelled'; reasons: (string | undefined)[] };

/** How often a transaction is tried when DynamoDB cancels it for a concurrent transaction. */
const TRANSACTION_ATTEMPTS = 5;

/**
 * Sends one TransactWriteItems. A cancellation for a failed condition is returned with its reasons
 * (the caller maps item indexes to answers); one for a concurrent transaction on the same items is
 * retried (5 attempts) and then thrown like any other error.
 */
export async function writeTransaction(
  table: TableAccess,
  items: TransactWriteItem[],
  what: string,
): Promise<TransactionOutcome> {
  assertFitsOneTransaction(items, what);
  for (let attempt = 1; ; attempt++) {
    try {
      await table.client.send(new TransactWriteItemsCommand({ TransactItems: items }));
      return { kind: 'written' };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons?.map((r) => r.Code) ?? [];
      if (reasons.includes('ConditionalCheckFailed')) return { kind: 'cancelled', reasons };
      if (reasons.includes('TransactionConflict') && attempt < TRANSACTION_ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      throw error;
    }
  }
}

/** Whether the transaction item at `index` was cancelled for its condition. */
export function conditionFailed(outcome: TransactionOutcome, index: number): boolean {
  return outcome.kind === 'cancelled' && outcome.reasons[index] === 'ConditionalCheckFailed';
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
}
