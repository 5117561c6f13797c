import {
  type ConsumedCapacity,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Consultation } from '../definition/schema.ts';
import type { Effect } from '../workflow/types.ts';
import {
  countersFromItem,
  definitionFromItem,
  type Item,
  parseDefinitionText,
  slugAliasFromItem,
  submissionFromItem,
  summaryFromItem,
  toItem,
} from './codec.ts';
import { assertPageLimit } from './cursor.ts';
import { erasureAccess } from './erasure.ts';
import {
  CATALOG_PK,
  definitionVersionKey,
  type Key,
  resultShardKey,
  SHARD_COUNT,
  SUBMISSION_SK_PREFIX,
  slugKey,
  submissionKey,
  submissionPartition,
  submissionSortKey,
} from './keys.ts';
import { pendingAccess } from './pending.ts';
import { publishDefinitionWith } from './publish.ts';
import type {
  ConsumedWriteUnits,
  CounterIncrements,
  PutSubmissionResult,
  Repository,
  SubmitOptions,
} from './repository-types.ts';
import {
  decodeListingCursor,
  encodeListingCursor,
  MAX_LIST_LIMIT,
  mergeShardReads,
  type ShardPosition,
  type ShardRead,
  startPositions,
} from './submission-listing.ts';
import { conditionalWrite, setOnce } from './table-access.ts';
import { submitTransaction } from './transactions.ts';
import type { ConsultationSummary, PublishedDefinition, Submission, SubmissionPage } from './types.ts';
import { workflowAccess } from './workflow-repository.ts';

/** The repository (the name tools and tests have used since before resultCounts joined Repository). */
export type StorageRepository = Repository;

export { DraftChangedError, PublishConflictError } from './publish.ts';

/** How often a submit transaction is tried when DynamoDB cancels it for a concurrent transaction. */
const TRANSACTION_ATTEMPTS = 3;

/** Creates the repository over one table; the only code that knows keys and expressions. */
export function createRepository(options: { client: DynamoDBClient; tableName: string }): StorageRepository {
  const { client, tableName: TableName } = options;

  const getItem = async (key: Key, consistent = false): Promise<Item | undefined> =>
    (
      await client.send(
        new GetItemCommand({ TableName, Key: toItem({ ...key }), ConsistentRead: consistent }),
      )
    ).Item;

  /** Up to `want` submissions of one shard after `position`, newest first, and whether that was all. */
  const readShard = async (
    consultationId: string,
    shard: number,
    position: ShardPosition,
    want: number,
  ): Promise<ShardRead> => {
    const pk = submissionPartition(consultationId, shard);
    if (position === 'end') return { position, submissions: [], complete: true };
    const submissions: Submission[] = [];
    let startKey: Item | undefined =
      position === 'start' ? undefined : toItem({ pk, sk: submissionSortKey(position) });
    do {
      const page = await client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          // A submission's later items (SUB#<ulid>#EVT#…, #OUT#…) share its prefix; list only submissions.
          FilterExpression: '#kind = :kind',
          ExpressionAttributeNames: { '#kind': 'kind' },
          ExpressionAttributeValues: toItem({
            ':pk': pk,
            ':prefix': SUBMISSION_SK_PREFIX,
            ':kind': 'submission',
          }),
          ScanIndexForward: false,
          Limit: want - submissions.length,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) submissions.push(submissionFromItem(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey && submissions.length < want);
    return { position, submissions, complete: !startKey };
  };

  return {
    ...workflowAccess(client, TableName, getItem),
    ...pendingAccess({ client, TableName }),
    ...erasureAccess({ client, TableName }),

    async publishDefinition(definition: Consultation): Promise<PublishedDefinition> {
      return (await publishDefinitionWith(client, TableName, definition)).published;
    },

    async findPublishedBySlug(slug: string): Promise<PublishedDefinition | undefined> {
      const item = await getItem(slugKey(slug));
      if (!item) return undefined;
      const alias = slugAliasFromItem(item);
      return {
        version: alias.version,
        definition: parseDefinitionText(alias.definitionJson),
        ...(alias.publishedAt ? { publishedAt: alias.publishedAt } : {}),
        ...(alias.closedAt ? { closedAt: alias.closedAt } : {}),
      };
    },

    async getDefinitionVersion(consultationId: string, version: string): Promise<Consultation | undefined> {
      const item = await getItem(definitionVersionKey(consultationId, version));
      return item ? definitionFromItem(item).definition : undefined;
    },

    async listConsultations(): Promise<ConsultationSummary[]> {
      const summaries: ConsultationSummary[] = [];
      let startKey: Item | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: toItem({ ':pk': CATALOG_PK }),
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) summaries.push(summaryFromItem(item));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return summaries;
    },

    async putSubmissionOnce(
      submission: Submission,
      counters: CounterIncrements,
      effects: readonly Effect[] = [],
      options: SubmitOptions = {},
    ): Promise<PutSubmissionResult> {
      const items = submitTransaction(TableName, submission, counters, effects, options);
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await client.send(
            new TransactWriteItemsCommand({ TransactItems: items, ReturnConsumedCapacity: 'INDEXES' }),
          );
          const consumed = consumedWriteUnits(result.ConsumedCapacity);
          return consumed ? { stored: true, consumed } : { stored: true };
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const codes = error.CancellationReasons?.map((r) => r.Code) ?? [];
          if (codes[0] === 'ConditionalCheckFailed') {
            const existing = await getItem(submissionKey(submission.consultationId, submission.id), true);
            if (!existing)
              throw new Error(`Submission ${submission.id} exists but cannot be read`, { cause: error });
            return { stored: false, existing: submissionFromItem(existing) };
          }
          // The code (the last item) was spent or voided since it was read: nothing was written.
          if (options.codeSpend && codes[items.length - 1] === 'ConditionalCheckFailed')
            return { stored: false, refused: 'code' };
          // A concurrent transaction on the same counter shard (or the same id): try again shortly.
          if (codes.includes('TransactionConflict') && attempt < TRANSACTION_ATTEMPTS) {
            await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
            continue;
          }
          throw error;
        }
      }
    },

    async getSubmission(consultationId: string, id: string): Promise<Submission | undefined> {
      const item = await getItem(submissionKey(consultationId, id), true);
      return item ? submissionFromItem(item) : undefined;
    },

    async listSubmissions(
      consultationId: string,
      options: { limit: number; cursor?: string | undefined },
    ): Promise<SubmissionPage> {
      const { limit, cursor } = options;
      assertPageLimit(limit, MAX_LIST_LIMIT);
      const positions = cursor === undefined ? startPositions() : decodeListingCursor(consultationId, cursor);
      if (!positions) return { kind: 'badCursor' };
      // One more than the page per shard: it tells a shard read to its end from one that goes on.
      const reads = await Promise.all(
        positions.map((position, shard) => readShard(consultationId, shard, position, limit + 1)),
      );
      const merged = mergeShardReads(reads, limit);
      const next = encodeListingCursor(consultationId, merged.positions);
      return { kind: 'page', submissions: merged.submissions, ...(next ? { cursor: next } : {}) };
    },

    markConfirmationSent(
      consultationId: string,
      id: string,
      sentAt: string,
      options: { dropCopyAddress?: boolean } = {},
    ): Promise<boolean> {
      if (!options.dropCopyAddress)
        return setOnce(
          { client, TableName },
          submissionKey(consultationId, id),
          'confirmationSentAt',
          sentAt,
        );
      // A confirmed vote keeps the address only until its copy is out (shared/submissions/confirm.ts).
      return conditionalWrite(
        client,
        new UpdateItemCommand({
          TableName,
          Key: toItem({ ...submissionKey(consultationId, id) }),
          UpdateExpression: 'SET confirmationSentAt = :at REMOVE copyTo',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(confirmationSentAt)',
          ExpressionAttributeValues: toItem({ ':at': sentAt }),
        }),
      );
    },

    async resultCounts(consultationId: string): Promise<Record<string, number>> {
      const shards = Array.from({ length: SHARD_COUNT }, (_, shard) => resultShardKey(consultationId, shard));
      const items = await Promise.all(shards.map((key) => getItem(key, true)));
      const totals: Record<string, number> = {};
      for (const item of items) {
        if (!item) continue;
        for (const [counter, n] of Object.entries(countersFromItem(item)))
          totals[counter] = (totals[counter] ?? 0) + n;
      }
      return totals;
    },
  };
}

/** Sums what DynamoDB reported (ReturnConsumedCapacity INDEXES) into table, index and total units. */
function consumedWriteUnits(reported: ConsumedCapacity[] | undefined): ConsumedWriteUnits | undefined {
  if (!reported?.length) return undefined;
  const units = { total: 0, table: 0, indexes: 0 };
  for (const c of reported) {
    units.total += c.CapacityUnits ?? 0;
    units.table += c.Table?.CapacityUnits ?? 0;
    for (const index of Object.values(c.GlobalSecondaryIndexes ?? {}))
      units.indexes += index.CapacityUnits ?? 0;
  }
  return units;
}
