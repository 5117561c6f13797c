import { normalApprover } from '../storage/keys.ts';
import type { Repository } from '../storage/repository-types.ts';
import type { RecordedDecision } from '../storage/types.ts';
import { transition } from '../workflow/engine.ts';
import type { Decision, Refusal, WorkflowState } from '../workflow/types.ts';
import { applyStep, inWorkflow } from './apply-step.ts';

export interface DecisionDeps {
  repository: Pick<Repository, 'getSubmission' | 'applyTransition' | 'getDecision'>;
}

/** An approver's decision as posted from their link (the link's token is checked before this). */
export interface DecisionInput {
  consultationId: string;
  submissionId: string;
  stageId: string;
  /** The round the link was issued for. */
  round: number;
  approver: string;
  decision: Decision;
  comment?: string;
  now: Date;
}

/** What became of a decision; every kind is an answer to show the approver, none is an error. */
export type DecisionOutcome =
  /** Stored with its effects; `attempts` > 1 when other decisions were stored meanwhile. */
  | { kind: 'recorded'; state: WorkflowState; attempts: number }
  /** This approver's decision of this round was recorded before (a repeated or parallel post). */
  | { kind: 'alreadyDecided'; existing: RecordedDecision }
  /** The engine refused it (e.g. the submission moved on, or a comment is missing). */
  | { kind: 'refused'; reason: Exclude<Refusal, 'alreadyDecided'> }
  | { kind: 'notFound' };

/** Other decisions kept winning the race for longer than any real stage can produce: a bug or an outage. */
export class DecisionContentionError extends Error {
  override name = 'DecisionContentionError';
}

/** How often a decision is re-read and re-applied when another step of the same submission won. */
const MAX_ATTEMPTS = 10;

/** Refusals after which the approver may well have decided already (their link is of an earlier visit). */
const MAYBE_DECIDED: ReadonlySet<Refusal> = new Set(['alreadyDecided', 'wrongStage', 'wrongRound', 'final']);

/**
 * Records an approver's decision: reads the submission, steps the workflow engine and applies the
 * step in one transaction conditional on the version read; when another step won meanwhile, it
 * reads and steps again (so approvers of an `all` stage deciding at once each count, and the stage
 * advances exactly once). The decision marker makes the link single-use.
 */
export async function recordDecision(deps: DecisionDeps, input: DecisionInput): Promise<DecisionOutcome> {
  const { repository } = deps;
  const { consultationId, submissionId, stageId, round, decision } = input;
  const approver = normalApprover(input.approver);
  const comment = input.comment?.trim() || undefined;
  const at = input.now.toISOString();
  const marker = { stageId, round, approver };
  const earlierDecision = async (): Promise<DecisionOutcome | undefined> => {
    const existing = await repository.getDecision(consultationId, submissionId, marker);
    return existing && { kind: 'alreadyDecided', existing };
  };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const submission = await repository.getSubmission(consultationId, submissionId);
    if (!inWorkflow(submission)) return { kind: 'notFound' };
    const { snapshot, state } = submission.workflow;
    const event = {
      type: 'decided' as const,
      stageId,
      round,
      approver,
      decision,
      at,
      ...(comment ? { comment } : {}),
    };
    const step = transition(snapshot, state, event);
    if (!step.ok) {
      const earlier = MAYBE_DECIDED.has(step.reason) ? await earlierDecision() : undefined;
      if (earlier) return earlier;
      if (step.reason === 'alreadyDecided') {
        // In the state but without a marker: only possible for data written before markers existed.
        const recorded = state.status === 'inStage' ? state.decisions[approver] : undefined;
        if (recorded) return { kind: 'alreadyDecided', existing: { ...marker, ...recorded } };
        return { kind: 'refused', reason: 'wrongRound' };
      }
      return { kind: 'refused', reason: step.reason };
    }
    const result = await applyStep(repository, submission, step, {
      decision: { ...marker, decision, ...(comment ? { comment } : {}) },
      now: input.now,
    });
    if (result.kind === 'applied') return { kind: 'recorded', state: step.state, attempts: attempt };
    if (result.reason === 'alreadyDecided') {
      const earlier = await earlierDecision();
      if (earlier) return earlier;
      throw new Error(`Decision marker of ${submissionId} reported taken but not found`);
    }
    // Another step of this submission was stored since the read: read again after a short pause.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
  }
  throw new DecisionContentionError(
    `Decision on submission ${submissionId} lost ${MAX_ATTEMPTS} races for its version in a row`,
  );
}
