import type { Decision, DecisionRecord, WorkflowStage } from './types.ts';

/*
 * A stage's rule decides both ways. With n approvers, a approvals, r rejections, s send-backs and
 * p = n - a - r - s approvers still to decide in the round, and `needed` approvals by the rule:
 * - the stage approves as soon as a >= needed;
 * - it is against the submission as soon as a + p < needed (the rule can no longer be met);
 * - until then nothing is decided. The two conditions exclude each other, and each becomes true
 *   exactly at the decision that makes it so, never earlier.
 * When the stage is against the submission, the decisions against it say what happens: it is sent
 * back when s >= r (a tie sends back: the milder, reversible outcome, and those who rejected see
 * the revised submission again in a new round), otherwise it is rejected (`onReject` says whether
 * that ends it or returns it to an earlier stage).
 */

/** The kinds of rule, as the review page names them. */
export type RuleKind = 'any' | 'all' | 'quorum' | 'majority';

/** Which of the four rules a stage has. */
export function ruleKindOf(stage: WorkflowStage): RuleKind {
  return typeof stage.rule === 'object' ? 'quorum' : stage.rule;
}

/**
 * How many approvals a stage needs: one for `any`, every approver for `all`, N for `quorum: N`,
 * more than half of the approvers for `majority` (3 of 4, 2 of 3: a tie is no majority).
 */
export function approvalsNeeded(stage: WorkflowStage): number {
  const count = stage.approvers.length;
  if (stage.rule === 'any') return 1;
  if (stage.rule === 'all') return count;
  if (stage.rule === 'majority') return Math.floor(count / 2) + 1;
  return stage.rule.quorum;
}

/** The decisions of one round of a stage, counted over the stage's own approvers. */
export interface Tally {
  approvers: number;
  needed: number;
  approve: number;
  reject: number;
  sendBack: number;
  /** Approvers who have not decided in this round. */
  pending: number;
}

/** Counts the decisions of one round of a stage (decisions of anyone else are ignored). */
export function tallyOf(stage: WorkflowStage, decisions: Readonly<Record<string, DecisionRecord>>): Tally {
  const counts: Record<Decision, number> = { approve: 0, reject: 0, sendBack: 0 };
  for (const approver of stage.approvers) {
    const decision = decisions[approver.email.toLowerCase()]?.decision;
    if (decision) counts[decision]++;
  }
  const decided = counts.approve + counts.reject + counts.sendBack;
  return {
    approvers: stage.approvers.length,
    needed: approvalsNeeded(stage),
    ...counts,
    pending: stage.approvers.length - decided,
  };
}

/** What a round's decisions come to: still open, approved, or against (rejected or sent back). */
export type RoundOutcome = 'open' | 'approved' | 'rejected' | 'sentBack';

/** Applies the rule (see the top of this file) to a tally. */
export function outcomeOf(tally: Tally): RoundOutcome {
  if (tally.approve >= tally.needed) return 'approved';
  if (tally.approve + tally.pending >= tally.needed) return 'open';
  return tally.sendBack >= tally.reject ? 'sentBack' : 'rejected';
}

/** How many of the stage's own approvers approved in the decisions of one round. */
export function approvalsGiven(
  stage: WorkflowStage,
  decisions: Readonly<Record<string, DecisionRecord>>,
): number {
  return tallyOf(stage, decisions).approve;
}

/** True when the decisions of one round satisfy the stage's rule. */
export function isStageApproved(
  stage: WorkflowStage,
  decisions: Readonly<Record<string, DecisionRecord>>,
): boolean {
  return outcomeOf(tallyOf(stage, decisions)) === 'approved';
}
