import { type TransactWriteItem, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { changeItem } from './admin-changes.ts';
import type { AdminChange } from './admin-types.ts';
import { parseStoredItem, toItem } from './codec.ts';
import { codeBatchKey, codeBatchPartition, codeKey, codePartition, SHARD_COUNT } from './keys.ts';
import { conditionalWrite, getItem, queryAll, type TableAccess, writeTransaction } from './table-access.ts';

/**
 * The participation codes of `verification: code` (README.md "Participation codes"). Codes are
 * stored only as keyed hashes (shared/participation/codes.ts); a batch item counts what was made
 * and voided, the used count is a result counter written by the submit transaction.
 */

/** A batch of generated codes as the admin lists it. */
export interface CodeBatch {
  consultationId: string;
  batchId: string;
  /** How many codes the batch holds. */
  count: number;
  createdAt: string;
  createdBy: string;
  /** False until every code is stored; a batch left incomplete was never shown to anyone. */
  complete: boolean;
  /** How many of its codes were voided (by batch or one by one). */
  voided: number;
  /** When the whole batch was voided. */
  voidedAt?: string | undefined;
}

/** One stored code: its hash and what became of it. */
export interface StoredCode {
  consultationId: string;
  batchId: string;
  hash: string;
  usedAt?: string | undefined;
  submissionId?: string | undefined;
  voidedAt?: string | undefined;
}

/** A code that can no longer be spent, or none found. */
export type CodeRefusal = 'unknown' | 'used' | 'voided';

/** What voiding one code did. */
export type VoidCodeOutcome = { kind: 'voided'; batchId: string } | { kind: 'refused'; reason: CodeRefusal };

const batchSchema = z.object({
  kind: z.literal('codeBatch'),
  consultationId: z.string(),
  batchId: z.string(),
  count: z.int().nonnegative(),
  createdAt: z.string(),
  createdBy: z.string(),
  complete: z.boolean(),
  voided: z.int().nonnegative().default(0),
  voidedAt: z.string().optional(),
});

const codeSchema = z.object({
  kind: z.literal('code'),
  consultationId: z.string(),
  batchId: z.string(),
  sk: z.string(),
  usedAt: z.string().optional(),
  submissionId: z.string().optional(),
  voidedAt: z.string().optional(),
});

/** DynamoDB's limit of items per transaction. */
const TRANSACTION_ITEMS = 100;
/** Chunks written at the same time while generating (bounded, so a big batch does not throttle). */
const PARALLEL_CHUNKS = 4;

/** The condition that keeps a code single-use: it exists, and was neither spent nor voided. */
export const SPENDABLE =
  'attribute_exists(pk) AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt)';

/**
 * The submit transaction's item that spends a code: sets `usedAt` and the submission id, conditional
 * on SPENDABLE and on the batch the pre-read found (so the used counter it adds is that batch's).
 */
export function codeSpendItem(
  TableName: string,
  spend: { consultationId: string; hash: string; batchId: string },
  submission: { id: string; submittedAt: string },
): TransactWriteItem {
  return {
    Update: {
      TableName,
      Key: toItem({ ...codeKey(spend.consultationId, spend.hash) }),
      UpdateExpression: 'SET usedAt = :at, submissionId = :sid',
      ConditionExpression: `${SPENDABLE} AND batchId = :batch`,
      ExpressionAttributeValues: toItem({
        ':at': submission.submittedAt,
        ':sid': submission.id,
        ':batch': spend.batchId,
      }),
    },
  };
}

/** Why a stored code cannot be spent, or undefined when it can. */
export function refusalOf(code: StoredCode | undefined): CodeRefusal | undefined {
  if (!code) return 'unknown';
  if (code.voidedAt !== undefined) return 'voided';
  if (code.usedAt !== undefined) return 'used';
  return undefined;
}

/** The code access patterns; `createCodeRepository` implements them on the table. */
export interface CodeRepository {
  /**
   * Stores a batch: its item (incomplete), then its codes' hashes in transactions of 100 Puts, each
   * `attribute_not_exists(pk)`, then marks it complete together with the change record. Returns
   * the hashes that already existed (a collision; nothing of that chunk was written) for the caller
   * to replace; throws on any other failure, leaving the batch incomplete.
   */
  putCodes(batch: { consultationId: string; batchId: string }, hashes: readonly string[]): Promise<string[]>;
  /** Creates the (incomplete) batch item; false when the id exists. */
  createCodeBatch(batch: Omit<CodeBatch, 'complete' | 'voided' | 'voidedAt'>): Promise<boolean>;
  /** Marks a batch complete and records the change, in one transaction. */
  completeCodeBatch(consultationId: string, batchId: string, change: AdminChange): Promise<void>;
  /** Every batch of a consultation, oldest first (one Query). */
  listCodeBatches(consultationId: string): Promise<CodeBatch[]>;
  /** The stored codes among the candidate hashes (one BatchGetItem; normally one key). */
  findCode(consultationId: string, hashes: readonly string[]): Promise<StoredCode | undefined>;
  /** Voids one code (never a spent one), counting it on its batch, with the change record. */
  voidCode(consultationId: string, hashes: readonly string[], change: AdminChange): Promise<VoidCodeOutcome>;
  /**
   * Voids every code of a batch that is still spendable, in transactions of 99 code Updates plus the
   * batch's `voided` count; the first also sets the batch's `voidedAt` and carries the change record.
   * Returns how many codes it voided (0 when none were left; then nothing is recorded).
   */
  voidCodeBatch(consultationId: string, batchId: string, change: AdminChange): Promise<number | undefined>;
}

/** The code repository on the table. */
export function createCodeRepository(table: TableAccess): CodeRepository {
  const { TableName } = table;

  async function findOne(consultationId: string, hashes: readonly string[]): Promise<StoredCode | undefined> {
    if (hashes.length === 0) return undefined;
    // One GetItem per key of the ring (normally one): what the submit function may read (no BatchGetItem).
    const read = await Promise.all(hashes.map((hash) => getItem(table, codeKey(consultationId, hash), true)));
    const items = read.filter((item) => item !== undefined);
    const first = items[0];
    if (!first) return undefined;
    const { sk, ...rest } = parseStoredItem(codeSchema, first, 'code');
    return { ...rest, hash: sk };
  }

  return {
    async createCodeBatch(batch) {
      return conditionalWrite(
        table.client,
        new UpdateItemCommand({
          TableName,
          Key: toItem({ ...codeBatchKey(batch.consultationId, batch.batchId) }),
          UpdateExpression:
            'SET #kind = :kind, consultationId = :cid, batchId = :bid, #count = :count, createdAt = :at, createdBy = :by, complete = :false, voided = :zero',
          ConditionExpression: 'attribute_not_exists(pk)',
          ExpressionAttributeNames: { '#kind': 'kind', '#count': 'count' },
          ExpressionAttributeValues: toItem({
            ':kind': 'codeBatch',
            ':cid': batch.consultationId,
            ':bid': batch.batchId,
            ':count': batch.count,
            ':at': batch.createdAt,
            ':by': batch.createdBy,
            ':false': false,
            ':zero': 0,
          }),
        }),
      );
    },

    putCodes: (batch, hashes) => putCodes(table, batch, hashes),

    async completeCodeBatch(consultationId, batchId, change) {
      const outcome = await writeTransaction(
        table,
        [
          {
            Update: {
              TableName,
              Key: toItem({ ...codeBatchKey(consultationId, batchId) }),
              UpdateExpression: 'SET complete = :true',
              ConditionExpression: 'attribute_exists(pk) AND complete = :false',
              ExpressionAttributeValues: toItem({ ':true': true, ':false': false }),
            },
          },
          changeItem(TableName, change),
        ],
        `Completing code batch ${batchId}`,
      );
      if (outcome.kind === 'cancelled') throw new Error(`Code batch ${batchId} is gone or complete already`);
    },

    async listCodeBatches(consultationId) {
      const items = await queryAll(table, {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: toItem({ ':pk': codeBatchPartition(consultationId) }),
        ConsistentRead: true,
      });
      return items.map((item) => {
        const { kind: _, ...batch } = parseStoredItem(batchSchema, item, 'code batch');
        return batch;
      });
    },

    findCode: findOne,

    async voidCode(consultationId, hashes, change) {
      const code = await findOne(consultationId, hashes);
      const refusal = refusalOf(code);
      if (refusal || !code) return { kind: 'refused', reason: refusal ?? 'unknown' };
      const outcome = await writeTransaction(
        table,
        [
          voidItem(TableName, consultationId, code.hash, change.at),
          batchVoidedItem(TableName, consultationId, code.batchId, 1),
          changeItem(TableName, change),
        ],
        'Voiding a code',
      );
      if (outcome.kind === 'written') return { kind: 'voided', batchId: code.batchId };
      // Spent or voided in between: say which.
      return { kind: 'refused', reason: refusalOf(await findOne(consultationId, hashes)) ?? 'used' };
    },

    async voidCodeBatch(consultationId, batchId, change) {
      const batchItem = await getItem(table, codeBatchKey(consultationId, batchId), true);
      if (!batchItem) return undefined;
      // The batch's spendable codes: a Query per shard filtered to the batch (a rare staff action;
      // it reads the consultation's codes, about 100 bytes each).
      const shards = await Promise.all(
        Array.from({ length: SHARD_COUNT }, (_, shard) =>
          queryAll(table, {
            KeyConditionExpression: 'pk = :pk',
            FilterExpression:
              'batchId = :batch AND attribute_not_exists(usedAt) AND attribute_not_exists(voidedAt)',
            ProjectionExpression: 'sk',
            ExpressionAttributeValues: toItem({
              ':pk': codePartition(consultationId, shard),
              ':batch': batchId,
            }),
          }),
        ),
      );
      let pending = shards
        .flat()
        .map((item) => item.sk?.S ?? '')
        .filter((sk) => sk !== '');
      let voided = 0;
      let recorded = false;
      while (pending.length > 0) {
        const chunk = pending.slice(0, TRANSACTION_ITEMS - 2);
        const items = chunk.map((hash) => voidItem(TableName, consultationId, hash, change.at));
        items.push(
          batchVoidedItem(TableName, consultationId, batchId, chunk.length, recorded ? undefined : change.at),
        );
        if (!recorded) items.push(changeItem(TableName, change));
        const outcome = await writeTransaction(table, items, `Voiding code batch ${batchId}`);
        if (outcome.kind === 'cancelled') {
          // Spent (or voided) since the Query: drop those and try the rest of the chunk again.
          const gone = new Set(chunk.filter((_, i) => outcome.reasons[i] === 'ConditionalCheckFailed'));
          if (gone.size === 0) throw new Error(`Voiding code batch ${batchId} was refused`);
          pending = pending.filter((hash) => !gone.has(hash));
          continue;
        }
        voided += chunk.length;
        recorded = true;
        pending = pending.slice(chunk.length);
      }
      return voided;
    },
  };
}

/** See CodeRepository.putCodes. */
async function putCodes(
  table: TableAccess,
  batch: { consultationId: string; batchId: string },
  hashes: readonly string[],
): Promise<string[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < hashes.length; i += TRANSACTION_ITEMS)
    chunks.push(hashes.slice(i, i + TRANSACTION_ITEMS));
  const collisions: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < chunks.length; index = next++) {
      const chunk = chunks[index] ?? [];
      const items: TransactWriteItem[] = chunk.map((hash) => ({
        Put: {
          TableName: table.TableName,
          Item: toItem({
            ...codeKey(batch.consultationId, hash),
            kind: 'code',
            consultationId: batch.consultationId,
            batchId: batch.batchId,
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }));
      const outcome = await writeTransaction(table, items, `Codes of batch ${batch.batchId}`);
      if (outcome.kind === 'cancelled') {
        // A hash that exists already refuses the whole chunk: store the others again and hand the
        // clashing ones back to be replaced (60 random bits: practically never).
        const clashing = chunk.filter((_, i) => outcome.reasons[i] === 'ConditionalCheckFailed');
        collisions.push(...clashing);
        const rest = chunk.filter((hash) => !clashing.includes(hash));
        if (rest.length > 0) collisions.push(...(await putCodes(table, batch, rest)));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CHUNKS, chunks.length) }, worker));
  return collisions;
}

function voidItem(TableName: string, consultationId: string, hash: string, at: string): TransactWriteItem {
  return {
    Update: {
      TableName,
      Key: toItem({ ...codeKey(consultationId, hash) }),
      UpdateExpression: 'SET voidedAt = :at',
      ConditionExpression: SPENDABLE,
      ExpressionAttributeValues: toItem({ ':at': at }),
    },
  };
}

function batchVoidedItem(
  TableName: string,
  consultationId: string,
  batchId: string,
  n: number,
  batchVoidedAt?: string,
): TransactWriteItem {
  return {
    Update: {
      TableName,
      Key: toItem({ ...codeBatchKey(consultationId, batchId) }),
      UpdateExpression: `ADD voided :n${batchVoidedAt ? ' SET voidedAt = if_not_exists(voidedAt, :at)' : ''}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: toItem({ ':n': n, ...(batchVoidedAt ? { ':at': batchVoidedAt } : {}) }),
    },
  };
}
