import type { Keyring } from '../links/token.ts';
import { type CodeRepository, refusalOf } from '../storage/codes.ts';
import { codesUsedCounter } from '../storage/keys.ts';
import type { SubmitOptions } from '../storage/repository-types.ts';
import type { CodeProblem } from './code-field.ts';
import { codeHashCandidates, normalizeCode } from './codes.ts';

/**
 * The participation code of a posted form (`verification: code`): read from `_code`, looked up by
 * its keyed hash, and turned into the extra item of the submit transaction that spends it. The
 * lookup gives the resident a precise answer; the transaction's condition is what makes a code
 * single-use when two forms race with it.
 */

export { CODE_FIELD, type CodeProblem } from './code-field.ts';

/** What the submit needs to look codes up. */
export interface CodeCheckDeps {
  /** The PARTICIPATION keyring (its keys make the codes' stored hashes). */
  keyring: () => Promise<Keyring>;
  repository: Pick<CodeRepository, 'findCode'>;
}

/** The typed code's symbols, or why it cannot be a code (checked with the fields, before any read). */
export function readCode(posted: string | undefined): { symbols: string } | { problem: CodeProblem } {
  if (posted === undefined || posted.trim() === '') return { problem: 'missing' };
  const symbols = normalizeCode(posted);
  return symbols === undefined ? { problem: 'malformed' } : { symbols };
}

/** A looked-up code: refused, to be spent with the submission, or spent already by this very submission. */
export type CodeCheck =
  | { kind: 'refused'; problem: CodeProblem }
  | { kind: 'spend'; options: SubmitOptions; counter: string }
  | { kind: 'spentByThis' };

/**
 * Looks the code up. A code spent by the same submission id is a repeated POST (the first one was
 * stored): it goes on to the submit, which answers with the stored confirmation.
 */
export async function checkCode(
  deps: CodeCheckDeps,
  consultationId: string,
  symbols: string,
  submissionId: string,
): Promise<CodeCheck> {
  const keyring = await deps.keyring();
  const code = await deps.repository.findCode(
    consultationId,
    codeHashCandidates(keyring, consultationId, symbols),
  );
  if (code?.usedAt !== undefined && code.submissionId === submissionId) return { kind: 'spentByThis' };
  const problem = refusalOf(code);
  if (problem || !code) return { kind: 'refused', problem: problem ?? 'unknown' };
  return {
    kind: 'spend',
    options: { codeSpend: { consultationId, hash: code.hash, batchId: code.batchId } },
    counter: codesUsedCounter(code.batchId),
  };
}
