import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';

/** A stream record the function could not process within its retries. */
export interface DeadLetter {
  failedAt: string;
  functionName: string;
  shardId: string;
  attempts: number;
  /** The last error message, or that the function reported the record in batchItemFailures. */
  reason: string;
  record: DynamoDBRecord;
}

export type DeadLetterSink = (letter: DeadLetter) => Promise<void>;

/** The local stand-in for an on-failure destination (SQS DLQ): one JSON line per failed record. */
export function deadLetterFile(path: string): DeadLetterSink {
  return async (letter) => {
    await mkdir(dirname(path), { recursive: true });
    await appendFile(path, `${JSON.stringify(letter)}\n`, 'utf8');
  };
}
