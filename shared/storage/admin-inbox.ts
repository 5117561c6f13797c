import { QueryCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { isSubmissionId } from '../submissions/ids.ts';
import type { AdminRepository, SubmissionStateFilter } from './admin-types.ts';
import { countersFromItem, type Item, parseStoredItem, submissionFromItem, toItem } from './codec.ts';
import { assertPageLimit, decodeCursor, encodeCursor } from './cursor.ts';
import {
  counterAttribute,
  inboxPartition,
  resultShardKey,
  SHARD_COUNT,
  SUBMISSION_TOTAL_COUNTER,
  submissionKey,
} from './keys.ts';
import { MAX_LIST_LIMIT } from './submission-listing.ts';
import { batchGetItems, type TableAccess } from './table-access.ts';
import type { Submission } from './types.ts';
import { inboxPlace } from './workflow-items.ts';

type Inbox = Pick<AdminRepository, 'submissionCount' | 'submissionCounts' | 'listSubmissionsByState'>;

/** Index items read per Query while narrowing to a stage (the filter runs after the read). */
const STAGE_QUERY_LIMIT = 200;

const stateCursorSchema = z.object({
  v: z.literal(1),
  c: z.string(),
  s: z.enum(['inStage', 'sentBack', 'approved', 'rejected']),
  g: z.string().nullable(),
  a: z.string().refine(isSubmissionId),
});

/** A submission's ULID as the inbox index holds it (gsi1sk). */
const indexEntrySchema = z.object({ gsi1sk: z.string().refine(isSubmissionId) });

/** The submission count and the inbox by workflow state (README.md, "Admin items"); part of createAdminRepository. */
export function adminInbox(table: TableAccess): Inbox {
  const { client, TableName } = table;

  return {
    async submissionCount(consultationId) {
      const counts = await submissionCounts(table, [consultationId]);
      return counts[consultationId] ?? 0;
    },

    submissionCounts(consultationIds) {
      return submissionCounts(table, consultationIds);
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
      const ids: string[] = [];
      let startKey: Item | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName,
            IndexName: 'gsi1',
            KeyConditionExpression: after === undefined ? 'gsi1pk = :pk' : 'gsi1pk = :pk AND gsi1sk < :after',
            // Narrowed to a stage, the index still reads that status's other stages (small items).
            ...(stageId === undefined ? {} : { FilterExpression: 'stageId = :stage' }),
            ExpressionAttributeValues: toItem({
              ':pk': inboxPartition(consultationId, filter.status),
              ':after': after,
              ':stage': stageId,
            }),
            ProjectionExpression: 'gsi1sk',
            ScanIndexForward: false,
            Limit: stageId === undefined ? limit + 1 - ids.length : STAGE_QUERY_LIMIT,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? [])
          ids.push(parseStoredItem(indexEntrySchema, item, 'inbox entry').gsi1sk);
        startKey = page.LastEvaluatedKey;
      } while (startKey && ids.length <= limit);

      const shown = ids.slice(0, limit);
      const last = shown.at(-1);
      const more = ids.length > limit && last !== undefined;
      const submissions = await readSubmissions(table, consultationId, shown);
      // The index is eventually consistent: show only what the submission itself says is in this state.
      const current = submissions.filter((s) => inState(s, filter.status, stageId));
      const next = { v: 1, c: consultationId, s: filter.status, g: stageId ?? null, a: last };
      return { kind: 'page', submissions: current, ...(more ? { cursor: encodeCursor(next) } : {}) };
    },
  };
}

/** The consultation a counter item counts for (its total is read with countersFromItem). */
const totalItemSchema = z.object({ consultationId: z.string() });

/**
 * The `_total` counters of every consultation named, summed over their SHARD_COUNT counter items:
 * BatchGetItem in chunks of 100 keys (unprocessed keys asked for again), eventually consistent.
 */
async function submissionCounts(
  table: TableAccess,
  consultationIds: readonly string[],
): Promise<Record<string, number>> {
  // BatchGetItem refuses a request that names a key twice.
  const ids = [...new Set(consultationIds)];
  const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const keys = ids.flatMap((id) =>
    Array.from({ length: SHARD_COUNT }, (_, shard) => resultShardKey(id, shard)),
  );
  const items = await batchGetItems(table, keys, {
    ProjectionExpression: 'consultationId, #total',
    ExpressionAttributeNames: { '#total': counterAttribute(SUBMISSION_TOTAL_COUNTER) },
  });
  for (const item of items) {
    const { consultationId } = parseStoredItem(totalItemSchema, item, 'result counters');
    counts[consultationId] =
      (counts[consultationId] ?? 0) + (countersFromItem(item)[SUBMISSION_TOTAL_COUNTER] ?? 0);
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
