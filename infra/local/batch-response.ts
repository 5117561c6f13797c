import type { DynamoDBRecord } from 'aws-lambda';
import * as z from 'zod';

const batchResponse = z
  .object({ batchItemFailures: z.array(z.object({ itemIdentifier: z.unknown() })).nullish() })
  .nullish();

/**
 * Index of the first record to retry after an invocation, or -1 when the batch succeeded — the rules
 * of an event source mapping with ReportBatchItemFailures: records before the lowest reported
 * sequence number are done; an empty, unknown or malformed identifier fails the whole batch.
 */
export function firstFailedIndex(records: readonly DynamoDBRecord[], response: unknown): number {
  const parsed = batchResponse.safeParse(response);
  // A response that is not a batch response at all (e.g. a string) counts as success, like in AWS.
  if (!parsed.success) return -1;
  const failures = parsed.data?.batchItemFailures ?? [];
  if (failures.length === 0) return -1;
  let first = records.length;
  for (const { itemIdentifier } of failures) {
    const index =
      typeof itemIdentifier === 'string' && itemIdentifier !== ''
        ? records.findIndex((record) => record.dynamodb?.SequenceNumber === itemIdentifier)
        : -1;
    if (index === -1) return 0;
    first = Math.min(first, index);
  }
  return first;
}
