import middy from '@middy/core';
import type { DynamoDBBatchItemFailure, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverMailJob, type MailerDeps, mailJobsFromStreamRecord } from '../../shared/mail/index.ts';
import { logError } from '../logging/error-log.ts';
import { mailDependencies } from '../runtime/mail-dependencies.ts';

/**
 * DynamoDB stream → emails: confirmation copies of new submissions and workflow emails of new
 * outbox items. A record whose delivery fails is reported in `batchItemFailures`, so the event
 * source mapping retries it (and later ones) and finally sends it to the DLQ; delivery is
 * idempotent, so a retried record never mails twice after success.
 */
export function createMailerHandler(deps: MailerDeps) {
  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event, context) => {
    const batchItemFailures: DynamoDBBatchItemFailure[] = [];
    for (const record of event.Records) {
      const sequenceNumber = record.dynamodb?.SequenceNumber;
      try {
        for (const job of mailJobsFromStreamRecord(record)) await deliverMailJob(deps, job);
      } catch (error) {
        // Only ids and the error go to the log: the record itself holds personal data.
        logError(
          'Mail delivery failed',
          { requestId: context.awsRequestId, eventID: record.eventID, sequenceNumber },
          error,
        );
        // Without a sequence number the record cannot be named: failing the whole batch retries it safely.
        if (!sequenceNumber) throw error;
        batchItemFailures.push({ itemIdentifier: sequenceNumber });
      }
    }
    return { batchItemFailures };
  });
}

export const handler = createMailerHandler(mailDependencies(process.env));
