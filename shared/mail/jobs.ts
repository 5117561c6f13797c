import * as z from 'zod';
import { parseSubmissionKey } from '../storage/keys.ts';

/** One email the mailer must send for a table change. */
export type MailJob = { kind: 'confirmation'; consultationId: string; submissionId: string };

/**
 * The part of a DynamoDB stream record the mailer reads. Structural, so both the Lambda event's
 * records (@types/aws-lambda DynamoDBRecord) and the local stream poller's records fit.
 */
export interface TableStreamRecord {
  eventName?: string | undefined;
  dynamodb?:
    | { Keys?: Record<string, unknown> | undefined; NewImage?: Record<string, unknown> | undefined }
    | undefined;
}

const stringAttribute = z.object({ S: z.string() });
const recordKeys = z.object({ pk: stringAttribute, sk: stringAttribute });
const copyRequested = z.object({ copyTo: stringAttribute });

/**
 * The jobs a stream record causes: a newly inserted submission with `copyTo` is the outbox entry
 * of its confirmation copy; its key names the consultation and the submission. Anything else
 * (updates, deletions, other items, items that only share a submission's prefix) causes none.
 */
export function mailJobsFromStreamRecord(record: TableStreamRecord): MailJob[] {
  if (record.eventName !== 'INSERT') return [];
  const keys = recordKeys.safeParse(record.dynamodb?.Keys);
  const image = copyRequested.safeParse(record.dynamodb?.NewImage);
  if (!keys.success || !image.success || !image.data.copyTo.S) return [];
  const ref = parseSubmissionKey({ pk: keys.data.pk.S, sk: keys.data.sk.S });
  return ref ? [{ kind: 'confirmation', ...ref }] : [];
}
