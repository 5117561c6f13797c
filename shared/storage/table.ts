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
     * The submissions inbox by workflow state: `CONS#<id>#WF#<status>` / `<ulid>`, written only on the
     * small `SUB#<ulid>#REM` items (storage/README.md, GSI1), so ALL projects a few hundred bytes.
     */
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: { type: 'ALL' } },
    /**
     * The reminder queue of the workflow: `REMIND#<shard>` / `<dueAt>#<consultationId>#<ulid>`, written
     * only on the small `SUB#<ulid>#REM` items (storage/README.md). Keys and ids only: the sweep reads
     * the submission itself (consistently) before it acts, so a copy of anything else is never read.
     */
    {
      indexName: 'gsi2',
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      projection: { type: 'INCLUDE', nonKeyAttributes: ['consultationId', 'submissionId'] },
    },
  ],
} as const satisfies {
  partitionKey: string;
  sortKey: string;
  ttlAttribute: string;
  streamViewType: 'NEW_AND_OLD_IMAGES';
  globalSecondaryIndexes: readonly {
    indexName: string;
    partitionKey: string;
    sortKey: string;
    projection: { type: 'ALL' } | { type: 'INCLUDE'; nonKeyAttributes: readonly string[] };
  }[];
};
