import { createHash } from 'node:crypto';
import { encodeTime } from 'ulid';
import { normalApprover } from '../storage/keys.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { EmailEffect } from '../workflow/types.ts';

/**
 * Re-issuing an expired decision link (invariant 5). Tokens are never stored, so "a fresh link" is
 * a fresh `approvalRequested` email in the outbox: the mailer signs a new link when it sends it, to
 * the address the submission's workflow snapshot has for the approver, never to one from a request.
 */

/** Writes one outbox item unless an item with its id exists (proposed for the repository; see README). */
/** Where a renewed link's email is queued: the repository's single-item outbox write. */
export type OutboxWriter = Pick<Repository, 'putOutboxItemOnce'>;

export interface RenewLinkDeps {
  repository: Pick<Repository, 'getSubmission'>;
  outbox: OutboxWriter;
}

/** The expired link's claims: whose decision, of which stage round. */
export interface RenewLinkInput {
  consultationId: string;
  submissionId: string;
  stageId: string;
  round: number;
  approver: string;
  now: Date;
}

export type RenewLinkOutcome =
  /** A fresh request is in the outbox. */
  | { kind: 'queued'; outboxId: string }
  /** One was queued for this approver and round within the same hour: nothing more is sent. */
  | { kind: 'alreadyQueued'; outboxId: string }
  /** The round is over for this approver (they decided, or the submission moved on): no link would work. */
  | { kind: 'notWaiting' }
  | { kind: 'notFound' };

const HOUR_MS = 3_600_000;

/** Queues a fresh decision request for an approver whose link expired while the submission still waits for them. */
export async function renewDecisionLink(
  deps: RenewLinkDeps,
  input: RenewLinkInput,
): Promise<RenewLinkOutcome> {
  const { consultationId, submissionId, stageId, round, now } = input;
  const approverEmail = normalApprover(input.approver);
  const submission = await deps.repository.getSubmission(consultationId, submissionId);
  if (!submission?.workflow) return { kind: 'notFound' };
  const { snapshot, state } = submission.workflow;
  const stage = snapshot.stages.find((s) => s.id === stageId);
  const approver = stage?.approvers.find((a) => normalApprover(a.email) === approverEmail);
  const waiting =
    state.status === 'inStage' &&
    state.stageId === stageId &&
    state.round === round &&
    !Object.hasOwn(state.decisions, approverEmail);
  if (!approver || !waiting) return { kind: 'notWaiting' };
  const effect: EmailEffect = {
    type: 'email',
    template: 'approvalRequested',
    to: {
      kind: 'approver',
      stageId,
      email: approver.email,
      name: approver.name,
      language: approver.language,
    },
    stageId,
    round,
  };
  const outboxId = renewalOutboxId({ submissionId, stageId, round, approver: approverEmail }, now);
  const written = await deps.outbox.putOutboxItemOnce({
    consultationId,
    submissionId,
    outboxId,
    effect,
    now,
  });
  return written ? { kind: 'queued', outboxId } : { kind: 'alreadyQueued', outboxId };
}

/**
 * The outbox id of a renewal: a valid ULID (the mailer accepts only those) whose time is the start
 * of the hour and whose random part is a hash of the round and the approver, so every request for
 * the same renewal within one hour names the same item and a conditional put lets only one through.
 */
export function renewalOutboxId(
  of: { submissionId: string; stageId: string; round: number; approver: string },
  now: Date,
): string {
  const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const digest = createHash('sha256')
    .update(
      `renew\u0000${of.submissionId}\u0000${of.stageId}\u0000${of.round}\u0000${of.approver}\u0000${hour}`,
    )
    .digest();
  let random = '';
  // 16 characters of 5 bits each: the low bits of 16 digest bytes, written in Crockford base 32.
  for (let i = 0; i < 16; i++) random += CROCKFORD[(digest[i] ?? 0) & 31];
  return `${encodeTime(hour, 10)}${random}`;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
