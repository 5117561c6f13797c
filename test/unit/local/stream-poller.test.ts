import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { DeadLetter } from '../../../infra/local/dead-letters.ts';
import { createStreamPoller, type StreamHandler } from '../../../infra/local/stream-poller.ts';
import type { IteratorPosition, ShardInfo, StreamSource } from '../../../infra/local/stream-source.ts';

/** A stream of shards held in memory; iterators are `<shard>@<index>`. */
function fakeStream(
  shards: Record<string, { parent?: string; records: DynamoDBRecord[]; closed?: boolean }>,
) {
  const iteratorRequests: { shardId: string; position: IteratorPosition }[] = [];
  const source: StreamSource = {
    async listShards(): Promise<ShardInfo[]> {
      return Object.entries(shards).map(([shardId, s]) => ({
        shardId,
        ...(s.parent ? { parentShardId: s.parent } : {}),
      }));
    },
    async iterator(shardId, position) {
      iteratorRequests.push({ shardId, position });
      const records = shards[shardId]!.records;
      const start = position === 'LATEST' ? records.length : position === 'TRIM_HORIZON' ? 0 : 0;
      return `${shardId}@${start}`;
    },
    async read(iterator) {
      const [shardId, at] = iterator.split('@') as [string, string];
      const shard = shards[shardId]!;
      const start = Number(at);
      const records = shard.records.slice(start, start + 3);
      const end = start + records.length;
      const next = shard.closed && end >= shard.records.length ? undefined : `${shardId}@${end}`;
      return { records, next };
    },
  };
  return { source, iteratorRequests };
}

const record = (seq: number): DynamoDBRecord => ({
  eventName: 'INSERT',
  eventSource: 'aws:dynamodb',
  dynamodb: { SequenceNumber: String(seq).padStart(6, '0'), Keys: { pk: { S: `SUB#${seq}` } } },
});
const records = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => record(from + i));
const seqOf = (r: DynamoDBRecord) => Number(r.dynamodb?.SequenceNumber);

function poller(
  source: StreamSource,
  handler: StreamHandler,
  startAt: 'TRIM_HORIZON' | 'LATEST' = 'TRIM_HORIZON',
) {
  const deadLetters: DeadLetter[] = [];
  const delays: number[] = [];
  const instance = createStreamPoller({
    source,
    handler,
    functionName: 'mailer',
    startAt,
    deadLetters: async (letter) => {
      deadLetters.push(letter);
    },
    log: () => {},
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
  return { instance, deadLetters, delays };
}

/** Records every invocation's sequence numbers; `fail` decides the batch response per invocation. */
function recordingHandler(fail: (batch: number[], call: number) => number[] | 'throw' = () => []) {
  const calls: number[][] = [];
  const handler: StreamHandler = async (event: DynamoDBStreamEvent) => {
    const batch = event.Records.map(seqOf);
    calls.push(batch);
    const failed = fail(batch, calls.length);
    if (failed === 'throw') throw new Error('SES is down');
    return { batchItemFailures: failed.map((seq) => ({ itemIdentifier: String(seq).padStart(6, '0') })) };
  };
  return { handler, calls, delivered: () => calls.flat() };
}

describe('stream poller', () => {
  it('delivers every record in order, in batches of at most ten', async () => {
    // Prepare
    const { source } = fakeStream({ s1: { records: records(1, 23) } });
    const h = recordingHandler();
    const { instance } = poller(source, h.handler);
    // Act
    await instance.drain();
    // Assess
    expect(h.delivered()).toEqual(records(1, 23).map(seqOf));
    expect(Math.max(...h.calls.map((c) => c.length))).toBeLessThanOrEqual(10);
  });

  it('retries from the first reported failure and does not redeliver the records before it', async () => {
    const { source } = fakeStream({ s1: { records: records(1, 5) } });
    const h = recordingHandler((batch, call) => (call === 1 && batch.includes(3) ? [3] : []));
    const { instance, deadLetters } = poller(source, h.handler);

    await instance.drain();

    expect(h.calls[0]).toEqual([1, 2, 3]);
    expect(h.calls[1]).toEqual([3]);
    expect(h.delivered().filter((seq) => seq === 1)).toHaveLength(1);
    expect(deadLetters).toEqual([]);
  });

  it('retries a thrown batch from its first record with growing delays', async () => {
    const { source } = fakeStream({ s1: { records: records(1, 2) } });
    const h = recordingHandler((_batch, call) => (call <= 2 ? 'throw' : []));
    const { instance, delays, deadLetters } = poller(source, h.handler);

    await instance.drain();

    expect(h.calls).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(delays).toHaveLength(2);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(deadLetters).toEqual([]);
  });

  it('moves a poison record to the dead letters after three retries and delivers the records after it', async () => {
    const { source } = fakeStream({ s1: { records: records(1, 6) } });
    const h = recordingHandler((batch) => (batch.includes(2) ? [2] : []));
    const { instance, deadLetters } = poller(source, h.handler);

    await instance.drain();

    expect(h.calls.filter((batch) => batch.includes(2))).toHaveLength(4);
    expect(deadLetters.map((l) => seqOf(l.record))).toEqual([2]);
    expect(deadLetters[0]).toMatchObject({ attempts: 4, shardId: 's1', functionName: 'mailer' });
    expect(h.delivered()).toEqual(expect.arrayContaining([3, 4, 5, 6]));
  });

  it('names the error of a record that kept throwing in its dead letter', async () => {
    const { source } = fakeStream({ s1: { records: records(1, 1) } });
    const h = recordingHandler(() => 'throw');
    const { instance, deadLetters } = poller(source, h.handler);

    await instance.drain();

    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]!.reason).toContain('SES is down');
  });

  it('fails the whole batch when an item identifier is not in it', async () => {
    const { source } = fakeStream({ s1: { records: records(1, 2) } });
    const h = recordingHandler((_b, call) => (call === 1 ? [99] : []));
    const { instance } = poller(source, h.handler);

    await instance.drain();

    expect(h.calls).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('starts at the end of existing shards with LATEST and still reads new shards from their start', async () => {
    const shards = { s1: { records: records(1, 3) } } as Record<
      string,
      { parent?: string; records: DynamoDBRecord[] }
    >;
    const { source, iteratorRequests } = fakeStream(shards);
    const h = recordingHandler();
    const { instance } = poller(source, h.handler, 'LATEST');
    await instance.drain();
    shards.s2 = { records: records(10, 11) };

    await instance.drain();

    expect(h.delivered()).toEqual([10, 11]);
    expect(iteratorRequests).toEqual([
      { shardId: 's1', position: 'LATEST' },
      { shardId: 's2', position: 'TRIM_HORIZON' },
    ]);
  });

  it('reads a child shard only after its closed parent is finished', async () => {
    const { source } = fakeStream({
      child: { parent: 'parent', records: records(20, 21) },
      parent: { records: records(1, 4), closed: true },
    });
    const h = recordingHandler();
    const { instance } = poller(source, h.handler);

    await instance.drain();

    expect(h.delivered()).toEqual([1, 2, 3, 4, 20, 21]);
  });
});
