/**
 * The physical design of the single table, shared by the CDK stack and the local platform so both
 * create the same thing. Key *values* are built only in `keys.ts`.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB TTL deletes the item after it (retention of personal data, outbox). */
  ttlAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
  globalSecondaryIndexes: [
    /**
     * Unused since submissions are keyed by consultation (the base table lists them, see
     * storage/README.md); kept for the admin inbox's filters by workflow state.
     */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** The reminder queue of the workflow: `REMIND#<shard>` / `<dueAt>#<consultationId>#<ulid>` (storage/README.md). */
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;
