import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { mailJobsFromStreamRecord } from '../../../shared/mail/jobs.ts';
import { outboxKey, submissionKey } from '../../../shared/storage/keys.ts';
import { streamRecord } from '../../support/events.ts';

const ID = '01JXKZ5J4G7K3Q9D2FABCDEFGH';
const CONSULTATION = 'wir-sind-hannover';

type Image = NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];

function record(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', item: Record<string, unknown>): DynamoDBRecord {
  // The Lambda event's AttributeValue type is structurally the SDK's.
  return streamRecord({ newImage: marshall(item) as Image, sequenceNumber: '1', eventName });
}

const submission = {
  ...submissionKey(CONSULTATION, ID),
  kind: 'submission',
  id: ID,
  consultationId: CONSULTATION,
  copyTo: 'amira@example.org',
};

describe('mailJobsFromStreamRecord', () => {
  it("asks for a confirmation copy, named by the record's keys, when a submission with copyTo is inserted", () => {
    expect(mailJobsFromStreamRecord(record('INSERT', submission))).toEqual([
      { kind: 'confirmation', consultationId: CONSULTATION, submissionId: ID },
    ]);
  });

  it('asks for nothing when the resident wanted no copy', () => {
    const { copyTo: _, ...withoutCopy } = submission;

    expect(mailJobsFromStreamRecord(record('INSERT', withoutCopy))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', { ...submission, copyTo: '' }))).toEqual([]);
  });

  it('asks for nothing when a submission is modified or removed', () => {
    const sent = { ...submission, confirmationSentAt: '2026-06-15T10:00:01.000Z' };

    expect(mailJobsFromStreamRecord(record('MODIFY', sent))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('REMOVE', submission))).toEqual([]);
  });

  it("asks for nothing for items that only share a submission's partition or prefix", () => {
    const history = { ...submission, sk: `${submission.sk}#OUT#01JXKZ5J4G7K3Q9D2FZZZZZZZZ` };
    const counters = { pk: `CONS#${CONSULTATION}#RES#1`, sk: 'RES', copyTo: 'x@example.org' };

    expect(mailJobsFromStreamRecord(record('INSERT', history))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', counters))).toEqual([]);
  });

  it('asks for nothing for keys of the old shape, a wrong shard, or records without keys or image', () => {
    const oldShape = { ...submission, pk: `SUB#${ID}`, sk: 'SUB' };
    const otherShard = (Number(submission.pk.slice(-1)) + 1) % 8;
    const wrongShard = { ...submission, pk: `CONS#${CONSULTATION}#SUB#${otherShard}` };

    expect(mailJobsFromStreamRecord(record('INSERT', oldShape))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', wrongShard))).toEqual([]);
    expect(mailJobsFromStreamRecord({ eventName: 'INSERT' })).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', { ...submission, copyTo: 42 }))).toEqual([]);
  });

  it('asks for one workflow email when an outbox item is inserted, named by its key', () => {
    const outboxId = '01JXKZ5J4G7K3Q9D2FZZZZZZZZ';
    const item = {
      ...outboxKey(CONSULTATION, ID, outboxId),
      kind: 'outbox',
      consultationId: CONSULTATION,
      submissionId: ID,
      effect: { type: 'email', template: 'approved', to: { kind: 'submitter' } },
    };

    expect(mailJobsFromStreamRecord(record('INSERT', item))).toEqual([
      { kind: 'outbox', consultationId: CONSULTATION, submissionId: ID, outboxId },
    ]);
    expect(
      mailJobsFromStreamRecord(record('MODIFY', { ...item, sentAt: '2026-06-15T10:00:01.000Z' })),
    ).toEqual([]);
  });

  it('asks for nothing for outbox-like keys that are not outbox items', () => {
    const outboxId = '01JXKZ5J4G7K3Q9D2FZZZZZZZZ';
    const key = outboxKey(CONSULTATION, ID, outboxId);
    const notOutbox = { ...key, kind: 'audit' };
    const badId = { ...key, sk: `${submission.sk}#OUT#not-a-ulid`, kind: 'outbox' };
    const otherShard = (Number(key.pk.slice(-1)) + 1) % 8;
    const wrongShard = { ...key, pk: `CONS#${CONSULTATION}#SUB#${otherShard}`, kind: 'outbox' };

    expect(mailJobsFromStreamRecord(record('INSERT', notOutbox))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', badId))).toEqual([]);
    expect(mailJobsFromStreamRecord(record('INSERT', wrongShard))).toEqual([]);
  });
});
