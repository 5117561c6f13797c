import * as z from 'zod';
import { submissionIdOfPk } from '../storage/keys.ts';

/** One email the mailer must send for a table change. */
export type MailJob = { kind: 'confirmation'; submissionId: string };

/**
 * The part of a DynamoDB stream record the mailer reads. Structural, so both the Lambda event's
 * records (@types/aws-lambda DynamoDBRecord) and the local stream poller's records fit.
 */
export interface TableStreamRecord {
  eventName?: string | undefined;
  dynamodb?: { NewImage?: Record<string, unknown> | undefined } | undefined;
}

const stringAttribute = z.object({ S: z.string() });
const submissionImage = z.object({
  pk: stringAttribute,
  sk: z.object({ S: z.literal('SUB') }),
  copyTo: stringAttribute,
});

/**
 * The jobs a stream record causes: a newly inserted submission with `copyTo` is the outbox entry
 * of its confirmation copy; anything else (updates, deletions, other items) causes none.
 */
export function mailJobsFromStreamRecord(record: TableStreamRecord): MailJob[] {
  if (record.eventName !== 'INSERT') return [];
  const image = submissionImage.safeParse(record.dynamodb?.NewImage);
  if (!image.success) return [];
  const submissionId = submissionIdOfPk(image.data.pk.S);
  return submissionId && image.data.copyTo.S ? [{ kind: 'confirmation', submissionId }] : [];
}
