import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type AttributeValue as SdkAttributeValue,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/** One shard of a table's stream; a child shard continues its parent after a split. */
export interface ShardInfo {
  shardId: string;
  parentShardId?: string;
}

export type IteratorPosition = 'TRIM_HORIZON' | 'LATEST' | { after: string };

/** The three stream reads an event source mapping needs, with records already in Lambda's event shape. */
export interface StreamSource {
  listShards(): Promise<ShardInfo[]>;
  /** An iterator for the shard, or undefined when the shard is closed and has nothing at that position. */
  iterator(shardId: string, position: IteratorPosition): Promise<string | undefined>;
  /** The records behind an iterator and the iterator to continue with (undefined: the shard is closed). */
  read(iterator: string): Promise<{ records: DynamoDBRecord[]; next: string | undefined }>;
}

/** Reads a DynamoDB table stream (DynamoDB Local or AWS) through the SDK's streams client. */
export function dynamoDbStreamSource(
  client: Pick<DynamoDBStreamsClient, 'send'>,
  streamArn: string,
  options: { region: string; readLimit?: number },
): StreamSource {
  return {
    async listShards() {
      const shards: ShardInfo[] = [];
      let exclusiveStartShardId: string | undefined;
      do {
        const page = await client.send(
          new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
        );
        for (const shard of page.StreamDescription?.Shards ?? []) {
          if (!shard.ShardId) continue;
          shards.push({
            shardId: shard.ShardId,
            ...(shard.ParentShardId ? { parentShardId: shard.ParentShardId } : {}),
          });
        }
        exclusiveStartShardId = page.StreamDescription?.LastEvaluatedShardId;
      } while (exclusiveStartShardId);
      return shards;
    },
    async iterator(shardId, position) {
      const answer = await client.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ...(typeof position === 'string'
            ? { ShardIteratorType: position }
            : { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: position.after }),
        }),
      );
      return answer.ShardIterator;
    },
    async read(iterator) {
      const answer = await client.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: options.readLimit ?? 100 }),
      );
      return {
        records: (answer.Records ?? []).map((record) => toLambdaRecord(record, streamArn, options.region)),
        next: answer.NextShardIterator,
      };
    },
  };
}

/** A record as the Lambda event source mapping delivers it: epoch-second timestamps, base64 binaries, the ARN. */
export function toLambdaRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const stream = record.dynamodb;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    ...(record.userIdentity ? { userIdentity: record.userIdentity } : {}),
    dynamodb: stream && {
      ...(stream.ApproximateCreationDateTime
        ? { ApproximateCreationDateTime: Math.floor(stream.ApproximateCreationDateTime.getTime() / 1000) }
        : {}),
      ...(stream.Keys ? { Keys: toLambdaImage(stream.Keys) } : {}),
      ...(stream.NewImage ? { NewImage: toLambdaImage(stream.NewImage) } : {}),
      ...(stream.OldImage ? { OldImage: toLambdaImage(stream.OldImage) } : {}),
      SequenceNumber: stream.SequenceNumber,
      SizeBytes: stream.SizeBytes,
      StreamViewType: stream.StreamViewType,
    },
  };
}

function toLambdaImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toLambdaValue(value)]));
}

function toLambdaValue(value: SdkAttributeValue): AttributeValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.BS !== undefined) return { BS: value.BS.map((b) => Buffer.from(b).toString('base64')) };
  if (value.L !== undefined) return { L: value.L.map(toLambdaValue) };
  if (value.M !== undefined) return { M: toLambdaImage(value.M) };
  // DynamoDB Local writes an empty map as `{}` instead of `{"M":{}}` into its stream (its GetItem is
  // right); AWS streams and Lambda events carry `{"M":{}}`, so restore that.
  if (Object.keys(value).length === 0) return { M: {} };
  throw new Error(`Unknown attribute value type in stream record: ${Object.keys(value).join(', ')}`);
}
