import * as z from 'zod';
import { isSubmissionId } from '../submissions/ids.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { SHARD_COUNT } from './keys.ts';
import type { Submission } from './types.ts';

/**
 * Listing a consultation's submissions newest first across its SHARD_COUNT partitions: each shard is
 * read newest first from where the previous page left it, the reads are merged by ULID, and the
 * cursor remembers, per shard, the last submission handed out. Pure: the repository does the reads.
 */

/** Largest page listSubmissions serves (each page reads up to SHARD_COUNT × (limit + 1) submissions). */
export const MAX_LIST_LIMIT = 100;

/** Where a shard continues: from its newest item, after (older than) the submission with this ULID, or nowhere. */
export type ShardPosition = 'start' | 'end' | string;

/** What was read from one shard: up to limit + 1 submissions after `position`, newest first. */
export interface ShardRead {
  position: ShardPosition;
  submissions: Submission[];
  /** True when the shard holds nothing after the submissions read. */
  complete: boolean;
}

/** The positions of a first page: every shard from its newest submission. */
export function startPositions(): ShardPosition[] {
  return Array.from({ length: SHARD_COUNT }, () => 'start');
}

/**
 * The newest `limit` submissions of all shard reads and where each shard continues. Every shard read
 * holds its newest `limit + 1` remaining submissions, so the newest `limit` overall are among them.
 * Every shard not read to its end continues after the oldest submission handed out, not after its
 * own last one: what it still holds above that is nothing at read time, so this loses nothing, and a
 * submission stored meanwhile that sorts above it (newer than one already shown) never turns up on a
 * later page out of order.
 */
export function mergeShardReads(
  reads: readonly ShardRead[],
  limit: number,
): { submissions: Submission[]; positions: ShardPosition[] } {
  const candidates = reads.flatMap((read, shard) =>
    read.submissions.map((submission) => ({ shard, submission })),
  );
  // ULIDs start with the time and are fixed-length: comparing them as strings orders them by time.
  candidates.sort((a, b) =>
    a.submission.id < b.submission.id ? 1 : a.submission.id > b.submission.id ? -1 : 0,
  );
  const taken = candidates.slice(0, limit);
  const boundary = taken.at(-1)?.submission.id;
  const positions = reads.map((read, shard): ShardPosition => {
    const fromShard = taken.filter((t) => t.shard === shard);
    if (read.complete && fromShard.length === read.submissions.length) return 'end';
    return boundary ?? read.position;
  });
  return { submissions: taken.map((t) => t.submission), positions };
}

const cursorSchema = z.object({
  v: z.literal(1),
  c: z.string(),
  p: z
    .array(z.union([z.literal('start'), z.literal('end'), z.string().refine(isSubmissionId)]))
    .length(SHARD_COUNT),
});

/** The opaque cursor of the next page, or undefined when every shard is read to its end. */
export function encodeListingCursor(
  consultationId: string,
  positions: readonly ShardPosition[],
): string | undefined {
  if (positions.every((p) => p === 'end')) return undefined;
  const cursor: z.infer<typeof cursorSchema> = { v: 1, c: consultationId, p: [...positions] };
  return encodeCursor(cursor);
}

/**
 * The shard positions of a cursor, or undefined when it is not one listSubmissions made for this
 * consultation with the current SHARD_COUNT (cursors come back from browsers: never trusted).
 */
export function decodeListingCursor(consultationId: string, cursor: string): ShardPosition[] | undefined {
  const parsed = decodeCursor(cursorSchema, cursor);
  return parsed?.c === consultationId ? parsed.p : undefined;
}
