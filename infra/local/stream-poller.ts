import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { firstFailedIndex } from './batch-response.ts';
import type { DeadLetterSink } from './dead-letters.ts';
import type { IteratorPosition, StreamSource } from './stream-source.ts';

/** A Lambda stream handler, invoked with a batch of records; may return `{ batchItemFailures }`. */
export type StreamHandler = (event: DynamoDBStreamEvent) => Promise<unknown>;

export interface StreamPollerOptions {
  source: StreamSource;
  handler: StreamHandler;
  functionName: string;
  /**
   * Where to begin in the shards that exist at start: TRIM_HORIZON for a fresh (in-memory) table so
   * nothing written during start-up is missed, LATEST when persisted data is resumed so old records
   * are not delivered (and mailed) again. Shards found later are always read from TRIM_HORIZON.
   */
  startAt: 'TRIM_HORIZON' | 'LATEST';
  deadLetters: DeadLetterSink;
  log: (line: string) => void;
  batchSize?: number;
  /** Retries of a failing record before it goes to the dead letters (as MaximumRetryAttempts). */
  maxRetryAttempts?: number;
  /** Delay before retry n (1-based). */
  retryDelayMs?: (attempt: number) => number;
  pollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface StreamPoller {
  /** Finds the shards, takes their iterators, then polls in the background until stopped. */
  start(): Promise<void>;
  /** Polls until a round reads and delivers nothing; for tests. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

interface ShardState {
  shardId: string;
  parentShardId: string | undefined;
  iterator: string | undefined;
  /** Read but not yet delivered successfully, oldest first. */
  pending: DynamoDBRecord[];
  lastSequenceNumber: string | undefined;
  /** Failed deliveries of the record at the head of `pending`. */
  headFailures: { sequenceNumber: string | undefined; count: number; reason: string };
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads a table stream and invokes a stream handler the way a Lambda event source mapping does:
 * in order per shard, batches of `batchSize`, partial batch responses (retry from the first failed
 * record, the ones before it are done), bounded retries with backoff, then the failing record goes to
 * the dead letters and the shard moves on — a poison record never blocks the records after it.
 */
export function createStreamPoller(options: StreamPollerOptions): StreamPoller {
  const batchSize = options.batchSize ?? 10;
  const maxRetryAttempts = options.maxRetryAttempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? ((attempt: number) => 200 * 2 ** (attempt - 1));
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const sleep = options.sleep ?? wait;
  const shards = new Map<string, ShardState>();
  const finished = new Set<string>();
  let discovered = false;
  let stopping = false;
  let loop: Promise<void> | undefined;
  // Rounds never overlap: the background loop and drain() take turns.
  let turn: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  };

  async function discover(): Promise<void> {
    const listed = await options.source.listShards();
    const initial = !discovered;
    for (const shard of listed) {
      if (shards.has(shard.shardId) || finished.has(shard.shardId)) continue;
      const position: IteratorPosition = initial ? options.startAt : 'TRIM_HORIZON';
      shards.set(shard.shardId, {
        shardId: shard.shardId,
        parentShardId: shard.parentShardId,
        iterator: await options.source.iterator(shard.shardId, position),
        pending: [],
        lastSequenceNumber: undefined,
        headFailures: { sequenceNumber: undefined, count: 0, reason: '' },
      });
    }
    discovered = true;
  }

  /** A child shard waits until its parent has been read to the end, to keep the order of changes. */
  function ready(shard: ShardState): boolean {
    return !shard.parentShardId || !shards.has(shard.parentShardId);
  }

  async function read(shard: ShardState): Promise<number> {
    if (!shard.iterator) return 0;
    try {
      const { records, next } = await options.source.read(shard.iterator);
      shard.pending.push(...records);
      shard.iterator = next;
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last) shard.lastSequenceNumber = last;
      return records.length;
    } catch (error) {
      if (error instanceof Error && error.name === 'ExpiredIteratorException') {
        // Iterators expire after 15 minutes; continue right after the last record read.
        shard.iterator = await options.source.iterator(
          shard.shardId,
          shard.lastSequenceNumber ? { after: shard.lastSequenceNumber } : 'TRIM_HORIZON',
        );
        return 0;
      }
      throw error;
    }
  }

  /** Delivers one batch from the head of the shard; returns the number of records settled. */
  async function deliver(shard: ShardState): Promise<number> {
    const batch = shard.pending.slice(0, batchSize);
    let failedAt: number;
    let reason: string;
    try {
      failedAt = firstFailedIndex(batch, await options.handler({ Records: batch }));
      reason = 'reported in batchItemFailures';
    } catch (error) {
      failedAt = 0;
      reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    if (failedAt === -1) {
      shard.pending.splice(0, batch.length);
      shard.headFailures = { sequenceNumber: undefined, count: 0, reason: '' };
      return batch.length;
    }
    shard.pending.splice(0, failedAt);
    const failed = shard.pending[0];
    if (!failed) return failedAt;
    const sequenceNumber = failed.dynamodb?.SequenceNumber;
    const count = shard.headFailures.sequenceNumber === sequenceNumber ? shard.headFailures.count + 1 : 1;
    shard.headFailures = { sequenceNumber, count, reason };
    if (count <= maxRetryAttempts) {
      options.log(
        `${options.functionName}: record ${sequenceNumber} failed (${reason}); retry ${count} of ${maxRetryAttempts}`,
      );
      await sleep(retryDelayMs(count));
      return failedAt;
    }
    await options.deadLetters({
      failedAt: new Date().toISOString(),
      functionName: options.functionName,
      shardId: shard.shardId,
      attempts: count,
      reason,
      record: failed,
    });
    options.log(
      `${options.functionName}: record ${sequenceNumber} failed ${count} times (${reason}); moved to the dead letters`,
    );
    shard.pending.shift();
    shard.headFailures = { sequenceNumber: undefined, count: 0, reason: '' };
    return failedAt + 1;
  }

  /** One round over every shard: read what is new, deliver everything read. Returns records read + settled. */
  async function round(): Promise<number> {
    await discover();
    let activity = 0;
    for (const shard of [...shards.values()]) {
      if (!ready(shard)) continue;
      if (shard.pending.length === 0) activity += await read(shard);
      while (shard.pending.length > 0 && !stopping) activity += await deliver(shard);
      if (!shard.iterator && shard.pending.length === 0) {
        shards.delete(shard.shardId);
        finished.add(shard.shardId);
      }
    }
    return activity;
  }

  return {
    async start() {
      await serially(discover);
      loop = (async () => {
        // An outage fails every round; say so once, and once more when it is over.
        let failing: string | undefined;
        while (!stopping) {
          try {
            await serially(round);
            if (failing) options.log(`${options.functionName}: reading the stream works again`);
            failing = undefined;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            if (message !== failing)
              options.log(`${options.functionName}: reading the stream failed: ${message}`);
            failing = message;
          }
          if (!stopping) await sleep(pollIntervalMs);
        }
      })();
    },
    async drain() {
      while ((await serially(round)) > 0 && !stopping) {
        // keep going until a round finds nothing to do
      }
    },
    async stop() {
      stopping = true;
      await loop;
      await turn;
    },
  };
}
