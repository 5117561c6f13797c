import { ulid } from 'ulid';
import type { Keyring } from '../links/token.ts';
import type { AdminChange } from '../storage/admin-types.ts';
import type { CodeBatch, CodeRepository } from '../storage/codes.ts';
import { codesUsedCounter } from '../storage/keys.ts';
import { codeHash, generateCodes, normalizeCode } from './codes.ts';

/** What generating and listing batches need. */
export interface CodeBatchDeps {
  keyring: () => Promise<Keyring>;
  repository: CodeRepository;
}

/** A generated batch: the codes in print form, for this one answer only. */
export interface GeneratedBatch {
  batchId: string;
  codes: string[];
}

/**
 * Generates `count` codes for a consultation and stores their hashes (under the keyring's current
 * key): the batch item first (incomplete), then the hashes, then the batch is marked complete with
 * the change record, so a batch that failed half-way is visible as such and holds codes nobody ever
 * saw. A clash with a stored hash (60 random bits: practically never) is replaced by a fresh code.
 */
export async function generateCodeBatch(
  deps: CodeBatchDeps,
  input: {
    consultationId: string;
    count: number;
    actor: string;
    now: Date;
    change: (batchId: string) => AdminChange;
  },
): Promise<GeneratedBatch> {
  const { consultationId, count } = input;
  const key = (await deps.keyring()).current;
  const batchId = ulid(input.now.getTime());
  const created = await deps.repository.createCodeBatch({
    consultationId,
    batchId,
    count,
    createdAt: input.now.toISOString(),
    createdBy: input.actor,
  });
  if (!created) throw new Error(`Code batch ${batchId} exists already`);
  const byHash = new Map<string, string>();
  const hashOf = (code: string) => codeHash(key, consultationId, normalizeCode(code) ?? '');
  for (const code of generateCodes(count)) byHash.set(hashOf(code), code);
  let pending = [...byHash.keys()];
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > 5) throw new Error(`Code batch ${batchId}: hashes kept clashing`);
    const clashing = await deps.repository.putCodes({ consultationId, batchId }, pending);
    pending = [];
    for (const hash of clashing) {
      byHash.delete(hash);
      let fresh = generateCodes(1)[0] ?? '';
      while (byHash.has(hashOf(fresh))) fresh = generateCodes(1)[0] ?? '';
      byHash.set(hashOf(fresh), fresh);
      pending.push(hashOf(fresh));
    }
  }
  await deps.repository.completeCodeBatch(consultationId, batchId, input.change(batchId));
  return { batchId, codes: [...byHash.values()] };
}

/** The mail-merge file of a batch: one line per code (codes and ids are [A-Z0-9-], nothing to escape). */
export function codesCsv(consultationId: string, batch: GeneratedBatch): string {
  const lines = ['number,code,batch,consultation'];
  batch.codes.forEach((code, i) => {
    lines.push(`${i + 1},${code},${batch.batchId},${consultationId}`);
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** A batch with its used count, which the submit transactions keep in the result counters. */
export function withUsedCounts(
  batches: readonly CodeBatch[],
  counters: Record<string, number>,
): (CodeBatch & { used: number })[] {
  return batches.map((batch) => ({ ...batch, used: counters[codesUsedCounter(batch.batchId)] ?? 0 }));
}
