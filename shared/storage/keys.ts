/**
 * The only place that builds key values. Every item of the single table and the access pattern it
 * serves is listed in ./README.md; change both together.
 */

/** Number of shards for listing submissions and for result counters (write spreading, see README). */
export const SHARD_COUNT = 4;

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

/** A submission by its ULID. */
export function submissionKey(submissionId: string): Key {
  return { pk: `SUB#${submissionId}`, sk: 'SUB' };
}

/** The submission id in a submission item's partition key, or undefined for any other item. */
export function submissionIdOfPk(pk: string): string | undefined {
  return pk.startsWith('SUB#') ? pk.slice('SUB#'.length) : undefined;
}

/** GSI1 keys of a submission: listing by consultation, newest last, spread over SHARD_COUNT partitions. */
export function submissionListingKeys(
  consultationId: string,
  submissionId: string,
  submittedAt: string,
): { gsi1pk: string; gsi1sk: string } {
  return {
    gsi1pk: submissionListingPk(consultationId, shardOf(submissionId)),
    gsi1sk: `${submittedAt}#${submissionId}`,
  };
}

/** The GSI1 partition of one listing shard. */
export function submissionListingPk(consultationId: string, shard: number): string {
  return `CONS#${consultationId}#${shard}`;
}

/** The result-counter item of one shard of a consultation. */
export function resultShardKey(consultationId: string, shard: number): Key {
  return { pk: `CONS#${consultationId}#RES#${shard}`, sk: 'RES' };
}

/** The counter item a submission adds to: the same shard as its listing entry. */
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
