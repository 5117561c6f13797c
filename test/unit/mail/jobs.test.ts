import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { mailJobsFromStreamRecord } from '../../../shared/mail/jobs.ts';
import { submissionKey } from '../../../shared/storage/keys.ts';

const ID = '01JXKZ5J4G7K3Q9D2FABCDEFGH';

function record(
  eventName: DynamoDBRecord['eventName'],
  image: Record<string, unknown> | undefined,
): DynamoDBRecord {
  // The Lambda event's AttributeValue type is structurally the SDK's.
  const NewImage = image
    ? (marshall(image) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'])
    : undefined;
  return { eventName, dynamodb: { NewImage } };
}

const submission = { ...submissionKey(ID), kind: 'submission', id: ID, copyTo: 'amira@example.org' };

describe('mailJobsFromStreamRecord', () => {
  it('asks for a confirmation copy when a submission with copyTo is inserted', () => {
    expect(mailJobsFromStreamRecord(record('INSERT', submission))).toEqual([
      { kind: 'confirmation', submissionId: ID },
    ]);
  });

  it('asks for nothing when the resident wanted no copy', () => {
    const { copyTo: _, ...withoutCopy } = submission;

    expect(mailJobsFromStreamRecord(record('INSERT', withoutCopy))).toEqual([]);
  });

  it('asks for nothing when a submission is modified or removed', () => {
    const sent = { ...submission, confirmationSentAt: '2026-06-15T10:00:01.000Z' };

    expect(mailJobsFromStreamRecord(record('MODIFY', sent))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('REMOVE', undefined))).toEqual([]);
  });

  it('asks for nothing for other items or records without an image', () => {
    const counters = { pk: 'CONS#wir-sind-hannover#RES#1', sk: 'RES', copyTo: 'x@example.org' };

    expect(mailJobsFromStreamRecord(record('INSERT', counters))).toEqual([]);
    expect(mailJobsFromStreamRecord({ eventName: 'INSERT' })).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', { ...submission, copyTo: 42 }))).toEqual([]);
  });
});
