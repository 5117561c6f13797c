import { QueryCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { monotonicFactory } from 'ulid';
import * as z from 'zod';
import { changeFromItem } from './admin-codec.ts';
import type { AdminChange, ChangeScope } from './admin-types.ts';
import { toItem } from './codec.ts';
import { assertPageLimit, decodeCursor, encodeCursor } from './cursor.ts';
import { CHANGE_SORT_KEY, changeKey, changeLogPartition } from './keys.ts';
import type { TableAccess } from './table-access.ts';

/** Largest page of a change log listChanges serves. */
export const MAX_CHANGES_LIMIT = 100;

// Monotonic: two changes of one millisecond keep the order they were made in.
const nextChangeId = monotonicFactory();

/**
 * The Put of a change record, for the transaction of the change it describes (so either both are
 * stored or neither). Its key is `<at>#<ulid>` in the scope's log; `at` must be an ISO time.
 */
export function changeItem(TableName: string, change: AdminChange): TransactWriteItem {
  return changeRecord(TableName, change).write;
}

/** changeItem, and the sort key it gets (a consultation's creation keeps it as its changeLogFrom). */
export function changeRecord(
  TableName: string,
  change: AdminChange,
): { write: TransactWriteItem; sortKey: string } {
  const time = Date.parse(change.at);
  if (Number.isNaN(time)) throw new RangeError(`A change needs an ISO time, got "${change.at}"`);
  const key = changeKey(change.scope, new Date(time).toISOString(), nextChangeId(time));
  return {
    write: {
      Put: {
        TableName,
        Item: toItem({ ...key, kind: 'adminChange', ...change }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    sortKey: key.sk,
  };
}

/** Throws when a change would be recorded in another log than the one of what it changes: a caller's bug. */
export function assertScope(change: AdminChange, expected: ChangeScope): void {
  if (changeLogPartition(change.scope) !== changeLogPartition(expected)) {
    throw new Error(
      `A change of ${changeLogPartition(expected)} was given the scope ${changeLogPartition(change.scope)}`,
    );
  }
}

const changeCursorSchema = z.object({ v: z.literal(1), p: z.string(), k: z.string().regex(CHANGE_SORT_KEY) });

/**
 * A page of a change log, newest first (one Query; see AdminRepository.listChanges). `from`, a
 * change record's sort key, leaves out everything older: a consultation's log starts at the record
 * of its creation (its entry's changeLogFrom), so an id discarded and created again shows nothing
 * of the consultation that had it before.
 */
export async function listChanges(
  table: TableAccess,
  scope: ChangeScope,
  options: { limit: number; cursor?: string | undefined; from?: string | undefined },
): Promise<{ changes: AdminChange[]; cursor?: string | undefined } | { kind: 'badCursor' }> {
  const { limit, from } = options;
  assertPageLimit(limit, MAX_CHANGES_LIMIT);
  if (from !== undefined && !CHANGE_SORT_KEY.test(from)) throw new RangeError(`Not a change key: "${from}"`);
  const pk = changeLogPartition(scope);
  let after: string | undefined;
  if (options.cursor !== undefined) {
    const cursor = decodeCursor(changeCursorSchema, options.cursor);
    // A cursor of another log would page through that log: refused like a made-up one; so is one
    // of an earlier incarnation of the same id (it points before `from`).
    if (!cursor || cursor.p !== pk || (from !== undefined && cursor.k < from)) return { kind: 'badCursor' };
    after = cursor.k;
  }
  // One more than the page: it tells a last page from one that goes on, so no empty page follows.
  // The lower bound is the key condition and the cursor the start key, so a page is never cut short
  // by a filter.
  const page = await table.client.send(
    new QueryCommand({
      TableName: table.TableName,
      KeyConditionExpression: from === undefined ? 'pk = :pk' : 'pk = :pk AND sk >= :from',
      ExpressionAttributeValues: toItem({ ':pk': pk, ':from': from }),
      ...(after === undefined ? {} : { ExclusiveStartKey: toItem({ pk, sk: after }) }),
      ScanIndexForward: false,
      Limit: limit + 1,
    }),
  );
  const items = page.Items ?? [];
  const shown = items.slice(0, limit);
  const last = shown.at(-1)?.sk?.S;
  const more = items.length > limit && last !== undefined;
  return {
    changes: shown.map(changeFromItem),
    ...(more ? { cursor: encodeCursor({ v: 1, p: pk, k: last }) } : {}),
  };
}
