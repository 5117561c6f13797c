import type { DecisionRecord, WorkflowStage } from './types.ts';

/** How many approvals a stage needs: one for `any`, every approver for `all`, N for `quorum: N`. */
export function approvalsNeeded(stage: WorkflowStage): number {
  if (stage.rule === 'any') return 1;
  if (stage.rule === 'all') return stage.approvers.length;
  return stage.rule.quorum;
}

/** How many of the stage's own approvers approved in the decisions of one round. */
export function approvalsGiven(
  stage: WorkflowStage,
  decisions: Readonly<Record<string, DecisionRecord>>,
): number {
  return stage.approvers.filter((a) => decisions[a.email.toLowerCase()]?.decision === 'approve').length;
}

/** True when the decisions of one round satisfy the stage's rule. */
export function isStageApproved(
  stage: WorkflowStage,
  decisions: Readonly<Record<string, DecisionRecord>>,
): boolean {
  return approvalsGiven(stage, decisions) >= approvalsNeeded(stage);
}
