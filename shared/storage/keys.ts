import { consultationSchema } from '../definition/schema.ts';
import { isSubmissionId } from '../submissions/ids.ts';
import type { SubmissionRef } from './types.ts';

/**
 * The only place that builds key values. Every item of the single table and the access pattern it
 * serves is listed in ./README.md; change both together.
 */

/**
 * Number of partitions a consultation's submissions (and its result counters) are spread over. One
 * partition takes at most 1,000 WCU/s and a submit writes 2 WCU to its submission shard and 2 to its
 * counter shard, so one shard carries ~500 submits/s; 8 shards carry ~4,000/s for one consultation
 * (a city-wide vote closing at midnight), while listing and summing read only 8 partitions.
 */
export const SHARD_COUNT = 8;

/** Prefix of the top-level counter attributes of a result item: `c#<fieldId>#<value>`. */
export const COUNTER_PREFIX = 'c#';

/** Primary key of an item; the attribute names are TABLE_DESIGN's partition and sort key. */
export interface Key {
  pk: string;
  sk: string;
}

/** A consultation's current state: slug and current version. */
export function consultationMetaKey(consultationId: string): Key {
  return { pk: `CONS#${consultationId}`, sk: 'META' };
}

/** One immutable published definition version. */
export function definitionVersionKey(consultationId: string, version: string): Key {
  return { pk: `CONS#${consultationId}`, sk: `DEF#${version}` };
}

/** The alias a public slug resolves through; it carries the current definition (one GetItem per render). */
export function slugKey(slug: string): Key {
  return { pk: `SLUG#${slug}`, sk: 'SLUG' };
}

/** The partition holding one summary per consultation (GET / is one Query). */
export const CATALOG_PK = 'CATALOG';

/** A consultation's line in the catalogue. */
export function catalogKey(consultationId: string): Key {
  return { pk: CATALOG_PK, sk: `CONS#${consultationId}` };
}

/** Sort-key prefix of a submission and of every item that belongs to it (`SUB#<ulid>[#…]`). */
export const SUBMISSION_SK_PREFIX = 'SUB#';

/** The partition of one submission shard of a consultation; the base table lists submissions from it. */
export function submissionPartition(consultationId: string, shard: number): string {
  return `CONS#${consultationId}#SUB#${shard}`;
}

/**
 * A submission: in its consultation's shard partition, sorted by ULID (time), so a Query per shard
 * lists newest first. Items that belong to it later (`SUB#<ulid>#EVT#…`, `SUB#<ulid>#OUT#…`) share
 * the partition and the prefix: one Query with begins_with(sk, 'SUB#<ulid>') reads it with its history.
 */
export function submissionKey(consultationId: string, submissionId: string): Key {
  return {
    pk: submissionPartition(consultationId, shardOf(submissionId)),
    sk: submissionSortKey(submissionId),
  };
}

/** The sort key of a submission item (and the prefix of the items that belong to it). */
export function submissionSortKey(submissionId: string): string {
  return `${SUBMISSION_SK_PREFIX}${submissionId}`;
}

const SUBMISSION_PK = /^CONS#(.+)#SUB#(\d+)$/;

/**
 * The ids in a submission item's key, or undefined for any other key: the consultation id, the shard
 * (which must be the id's shard) and the ULID are validated, so a stray or forged key names nothing.
 */
export function parseSubmissionKey(key: { pk: string; sk: string }): SubmissionRef | undefined {
  const match = SUBMISSION_PK.exec(key.pk);
  if (!match || !key.sk.startsWith(SUBMISSION_SK_PREFIX)) return undefined;
  const [, consultationId = '', shard] = match;
  const submissionId = key.sk.slice(SUBMISSION_SK_PREFIX.length);
  if (!consultationSchema.shape.id.safeParse(consultationId).success) return undefined;
  if (!isSubmissionId(submissionId) || shard !== String(shardOf(submissionId))) return undefined;
  return { consultationId, submissionId };
}

/** The result-counter item of one shard of a consultation. */
export function resultShardKey(consultationId: string, shard: number): Key {
  return { pk: `CONS#${consultationId}#RES#${shard}`, sk: 'RES' };
}

/** The counter item a submission adds to: the same shard number as its submission partition. */
export function resultKeyFor(consultationId: string, submissionId: string): Key {
  return resultShardKey(consultationId, shardOf(submissionId));
}

/** Attribute name of one counter on a result item. */
export function counterAttribute(counter: string): string {
  return `${COUNTER_PREFIX}${counter}`;
}

/**
 * Stable shard of an id in [0, SHARD_COUNT): FNV-1a over its characters. ULIDs start with the
 * time, so the hash (not a prefix) is what spreads submissions of the same second.
 */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARD_COUNT;
}
