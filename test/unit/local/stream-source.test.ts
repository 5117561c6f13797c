import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { describe, expect, it } from 'vitest';
import { toLambdaRecord } from '../../../infra/local/stream-source.ts';

const arn = 'arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/2026-11-24T00:00:00.000';

const sdkRecord = (newImage: NonNullable<_Record['dynamodb']>['NewImage']): _Record => ({
  eventID: 'e1',
  eventName: 'INSERT',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'ddblocal',
  dynamodb: {
    ApproximateCreationDateTime: new Date('2026-11-24T20:00:00.900Z'),
    Keys: { pk: { S: 'SUB#1' } },
    NewImage: newImage,
    SequenceNumber: '000000000000000000013',
    SizeBytes: 100,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
});

describe('toLambdaRecord', () => {
  it('shapes a record like the Lambda event source mapping delivers it', () => {
    const record = toLambdaRecord(sdkRecord({ pk: { S: 'SUB#1' }, n: { N: '3' } }), arn, 'eu-central-1');

    expect(record).toMatchObject({
      eventID: 'e1',
      eventName: 'INSERT',
      eventSourceARN: arn,
      awsRegion: 'eu-central-1',
      dynamodb: {
        ApproximateCreationDateTime: Date.parse('2026-11-24T20:00:00Z') / 1000,
        Keys: { pk: { S: 'SUB#1' } },
        NewImage: { pk: { S: 'SUB#1' }, n: { N: '3' } },
        SequenceNumber: '000000000000000000013',
      },
    });
  });

  it('encodes binary values in base64, also inside maps and lists', () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    const record = toLambdaRecord(
      sdkRecord({ b: { B: bytes }, m: { M: { l: { L: [{ B: bytes }, { BOOL: false }] } } } }),
      arn,
      'eu-central-1',
    );

    expect(record.dynamodb?.NewImage).toEqual({
      b: { B: 'AQID' },
      m: { M: { l: { L: [{ B: 'AQID' }, { BOOL: false }] } } },
    });
  });

  it('restores an empty map that DynamoDB Local streams as an empty object', () => {
    const record = toLambdaRecord(
      sdkRecord({ personal: {} as { M: Record<string, never> } }),
      arn,
      'eu-central-1',
    );

    expect(record.dynamodb?.NewImage?.personal).toEqual({ M: {} });
  });
});
