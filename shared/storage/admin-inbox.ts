import { QueryCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { isSubmissionId } from '../submissions/ids.ts';
import type { AdminRepository, SubmissionStateFilter, SubmissionTally } from './admin-types.ts';
import { countersFromItem, type Item, parseStoredItem, submissionFromItem, toItem } from './codec.ts';
import { assertPageLimit, decodeCursor, encodeCursor } from './cursor.ts';
import {
  counterAttribute,
  inboxPartition,
  PENDING_COUNTER,
  resultShardKey,
  SHARD_COUNT,
  SUBMISSION_TOTAL_COUNTER,
  submissionKey,
} from './keys.ts';
import { MAX_LIST_LIMIT } from './submission-listing.ts';
import { batchGetItems, type TableAccess } from './table-access.ts';
import type { Submission } from './types.ts';
import { inboxPlace } from './workflow-items.ts';

type Inbox = Pick<
  AdminRepository,
  'submissionCount' | 'submissionCounts' | 'submissionTallies' | 'listSubmissionsByState'
>;

/** How much of the inbox index one listSubmissionsByState call may read (README.md, "GSI1"). */
export interface InboxScanBudget {
  /** Query requests per call at most. */
  queries: number;
  /** Index entries one Query examines while narrowing to a stage (its Limit: the filter runs after the read). */
  itemsPerQuery: number;
}

/**
 * The default budget: 5 Queries of 200 entries, i.e. at most 1,000 index entries (a few hundred
 * bytes each) examined per page, whatever the size of the status partition. A stage filter that
 * matches few of them then answers a short (or empty) page with a cursor that continues the search,
 * instead of reading the whole partition in one request (50,000 entries: hundreds of Queries, a
 * Lambda timeout).
 */
export const INBOX_SCAN_BUDGET: InboxScanBudget = { queries: 5, itemsPerQuery: 200 };

const stateCursorSchema = z.object({
  v: z.literal(1),
  c: z.string(),
  s: z.enum(['inStage', 'sentBack', 'approved', 'rejected']),
  g: z.string().nullable(),
  /** The position to continue after (`gsi1sk < a`): the last entry shown, or the last examined. */
  a: z.string().refine(isSubmissionId),
});

/** A submission's ULID as the inbox index holds it (gsi1sk). */
const indexEntrySchema = z.object({ gsi1sk: z.string().refine(isSubmissionId) });

/**
 * Where a Query of the index stopped (its LastEvaluatedKey: gsi1pk, gsi1sk and the table's pk/sk).
 * All four follow from the consultation, the status and the ULID in gsi1sk, which is unique in its
 * status partition, so `gsi1sk < :ulid` continues exactly where ExclusiveStartKey would.
 */
const indexPositionSchema = z.object({ gsi1pk: z.string(), gsi1sk: z.string().refine(isSubmissionId) });

/** The submission count and the inbox by workflow state (README.md, "Admin items"); part of createAdminRepository. */
export function adminInbox(table: TableAccess, budget: InboxScanBudget = INBOX_SCAN_BUDGET): Inbox {
  const { client, TableName } = table;
  if (
    !Number.isInteger(budget.queries) ||
    budget.queries < 1 ||
    !Number.isInteger(budget.itemsPerQuery) ||
    budget.itemsPerQuery < 1
  ) {
    throw new RangeError(`The inbox scan budget must be whole numbers >= 1, got ${JSON.stringify(budget)}`);
  }

  return {
    async submissionCount(consultationId) {
      const tallies = await submissionTallies(table, [consultationId]);
      return tallies[consultationId]?.confirmed ?? 0;
    },

    async submissionCounts(consultationIds) {
      const tallies = await submissionTallies(table, consultationIds);
      return Object.fromEntries(Object.entries(tallies).map(([id, tally]) => [id, tally.confirmed]));
    },

    submissionTallies(consultationIds) {
      return submissionTallies(table, consultationIds);
    },

    async listSubmissionsByState(consultationId, filter, options) {
      const { limit } = options;
      assertPageLimit(limit, MAX_LIST_LIMIT);
      const stageId = stageOf(filter);
      let after: string | undefined;
      if (options.cursor !== undefined) {
        const cursor = decodeCursor(stateCursorSchema, options.cursor);
        // A cursor of another consultation or filter would skip or repeat: refused like a made-up one.
        if (
          !cursor ||
          cursor.c !== consultationId ||
          cursor.s !== filter.status ||
          cursor.g !== (stageId ?? null)
        )
          return { kind: 'badCursor' };
        after = cursor.a;
      }

      // Newest first from the index; one more than the page tells a last page from one that goes on.
      // At most budget.queries Queries: a stage matching few entries of a large status partition
      // must not read all of it in one request.
      const partition = inboxPartition(consultationId, filter.status);
      const ids: string[] = [];
      let startKey: Item | undefined;
      let queries = 0;
      do {
        queries++;
        const page = await client.send(
          new QueryCommand({
            TableName,
            IndexName: 'gsi1',
            KeyConditionExpression: after === undefined ? 'gsi1pk = :pk' : 'gsi1pk = :pk AND gsi1sk < :after',
            // Narrowed to a stage, the index still reads that status's other stages (small items).
            ...(stageId === undefined ? {} : { FilterExpression: 'stageId = :stage' }),
            ExpressionAttributeValues: toItem({
              ':pk': partition,
              ':after': after,
              ':stage': stageId,
            }),
            ProjectionExpression: 'gsi1sk',
            ScanIndexForward: false,
            Limit: stageId === undefined ? limit + 1 - ids.length : budget.itemsPerQuery,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? [])
          ids.push(parseStoredItem(indexEntrySchema, item, 'inbox entry').gsi1sk);
        startKey = page.LastEvaluatedKey;
      } while (startKey && ids.length <= limit && queries < budget.queries);

      const shown = ids.slice(0, limit);
      // Where the next page starts: after the last entry shown when there are more than a page, or
      // where the search stopped when the budget ran out first (the page may then be short or empty).
      let position: string | undefined;
      let partial = false;
      if (ids.length > limit) position = shown.at(-1);
      else if (startKey) {
        const stopped = parseStoredItem(indexPositionSchema, startKey, 'inbox position');
        if (stopped.gsi1pk !== partition)
          throw new Error(`The inbox Query of ${partition} stopped elsewhere`);
        position = stopped.gsi1sk;
        partial = true;
      }
      const submissions = await readSubmissions(table, consultationId, shown);
      // The index is eventually consistent: show only what the submission itself says is in this state.
      const current = submissions.filter((s) => inState(s, filter.status, stageId));
      if (position === undefined) return { kind: 'page', submissions: current };
      const next = { v: 1, c: consultationId, s: filter.status, g: stageId ?? null, a: position };
      return {
        kind: 'page',
        submissions: current,
        cursor: encodeCursor(next),
        ...(partial ? { partial: true as const } : {}),
      };
    },
  };
}

/** The consultation a counter item counts for (its total is read with countersFromItem). */
const totalItemSchema = z.object({ consultationId: z.string() });

/**
 * The `_total` (confirmed, counted) and `_pending` (unconfirmed) counters of every consultation
 * named, summed over their SHARD_COUNT counter items: BatchGetItem in chunks of 100 keys
 * (unprocessed keys asked for again), eventually consistent.
 */
async function submissionTallies(
  table: TableAccess,
  consultationIds: readonly string[],
): Promise<Record<string, SubmissionTally>> {
  // BatchGetItem refuses a request that names a key twice.
  const ids = [...new Set(consultationIds)];
  const counts: Record<string, SubmissionTally> = Object.fromEntries(
    ids.map((id) => [id, { confirmed: 0, pending: 0 }]),
  );
  const keys = ids.flatMap((id) =>
    Array.from({ length: SHARD_COUNT }, (_, shard) => resultShardKey(id, shard)),
  );
  const items = await batchGetItems(table, keys, {
    ProjectionExpression: 'consultationId, #total, #pending',
    ExpressionAttributeNames: {
      '#total': counterAttribute(SUBMISSION_TOTAL_COUNTER),
      '#pending': counterAttribute(PENDING_COUNTER),
    },
  });
  for (const item of items) {
    const { consultationId } = parseStoredItem(totalItemSchema, item, 'result counters');
    const counters = countersFromItem(item);
    const tally = counts[consultationId] ?? { confirmed: 0, pending: 0 };
    tally.confirmed += counters[SUBMISSION_TOTAL_COUNTER] ?? 0;
    tally.pending += counters[PENDING_COUNTER] ?? 0;
    counts[consultationId] = tally;
  }
  return counts;
}

/** The stage to narrow to: approved submissions have none, so a stage given with them is ignored. */
function stageOf(filter: SubmissionStateFilter): string | undefined {
  return filter.status === 'approved' ? undefined : filter.stageId;
}

function inState(
  submission: Submission,
  status: SubmissionStateFilter['status'],
  stageId: string | undefined,
) {
  const state = submission.workflow?.state;
  if (!state) return false;
  const place = inboxPlace(state);
  return place.status === status && (stageId === undefined || place.stageId === stageId);
}

/** The submissions of `ids` in that order (consistent BatchGetItem); gone ones (TTL) are left out. */
async function readSubmissions(
  table: TableAccess,
  consultationId: string,
  ids: readonly string[],
): Promise<Submission[]> {
  const items = await batchGetItems(
    table,
    ids.map((id) => submissionKey(consultationId, id)),
    { ConsistentRead: true },
  );
  const byId = new Map(items.map((item) => submissionFromItem(item)).map((s) => [s.id, s]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
