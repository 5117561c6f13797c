import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { firstFailedIndex } from '../../../infra/local/batch-response.ts';

const batch: DynamoDBRecord[] = ['100', '200', '300'].map((seq) => ({ dynamodb: { SequenceNumber: seq } }));

describe('firstFailedIndex', () => {
  it.each([undefined, null, {}, { batchItemFailures: [] }, { batchItemFailures: null }, 'done'])(
    'treats %j as success',
    (response) => {
      expect(firstFailedIndex(batch, response)).toBe(-1);
    },
  );

  it('points at the lowest reported sequence number', () => {
    expect(
      firstFailedIndex(batch, { batchItemFailures: [{ itemIdentifier: '300' }, { itemIdentifier: '200' }] }),
    ).toBe(1);
  });

  it.each([[{ itemIdentifier: '' }], [{ itemIdentifier: null }], [{ itemIdentifier: '999' }]])(
    'fails the whole batch for the bad identifier %j',
    (failure) => {
      expect(firstFailedIndex(batch, { batchItemFailures: [failure] })).toBe(0);
    },
  );
});
