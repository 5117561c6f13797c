import { transition } from './engine.ts';
import { type RuleKind, ruleKindOf, type Tally, tallyOf } from './rule.ts';
import type { Decision, Refusal, WorkflowSnapshot, WorkflowState } from './types.ts';

/** What one decision would cause, told to the approver before they make it. */
export type DecisionEffect =
  /** Counted, nothing decided yet. */
  | { kind: 'counted' }
  /** The stage is approved and the submission moves on to stage `stageId`. */
  | { kind: 'advanced'; stageId: string }
  /** The last stage is approved: the submission is approved. */
  | { kind: 'approved' }
  | { kind: 'rejected' }
  /** Rejected, and returned to the earlier stage `stageId` (`onReject: { returnTo }`). */
  | { kind: 'returned'; stageId: string }
  | { kind: 'sentBack' };

export type WhatIf = { ok: true; effect: DecisionEffect } | { ok: false; reason: Refusal };

/** Stands in for the comment the approver has not written yet; it never reaches a state. */
const PREVIEW_COMMENT = 'preview';

/**
 * What `approver`'s `decision` would cause in the current round: the engine's own transition, run
 * and thrown away, so the page can never promise what the engine would not do.
 */
export function whatIf(
  snapshot: WorkflowSnapshot,
  state: WorkflowState,
  approver: string,
  decision: Decision,
): WhatIf {
  if (state.status !== 'inStage')
    return { ok: false, reason: state.status === 'sentBack' ? 'wrongStage' : 'final' };
  const step = transition(snapshot, state, {
    type: 'decided',
    stageId: state.stageId,
    round: state.round,
    approver,
    decision,
    comment: PREVIEW_COMMENT,
    at: state.enteredAt,
  });
  if (!step.ok) return step;
  const after = step.state;
  if (after.status !== 'inStage') return { ok: true, effect: { kind: after.status } };
  if (after.round === state.round) return { ok: true, effect: { kind: 'counted' } };
  const moved = step.effects.some((effect) => effect.type === 'audit' && effect.event === 'returned');
  return { ok: true, effect: { kind: moved ? 'returned' : 'advanced', stageId: after.stageId } };
}

/** One approver of the stage and their decision so far, for stages that show names. */
export interface NamedDecision {
  name: string;
  decision?: Decision;
}

/** What the review page tells an approver before they decide: the rule, the tally, the effects. */
export interface DecisionPreview {
  rule: RuleKind;
  tally: Tally;
  /** Who decided what; only when the stage's `showNames` allows it. */
  names?: NamedDecision[];
  /** For each decision the stage offers, what it would cause. */
  effects: Partial<Record<Decision, DecisionEffect>>;
}

/** The preview of the current round for one of its approvers (undefined unless they can decide now). */
export function previewDecision(
  snapshot: WorkflowSnapshot,
  state: WorkflowState,
  approver: string,
): DecisionPreview | undefined {
  if (state.status !== 'inStage') return undefined;
  const stage = snapshot.stages.find((s) => s.id === state.stageId);
  if (!stage) return undefined;
  const effects: Partial<Record<Decision, DecisionEffect>> = {};
  for (const decision of stage.decisions) {
    const result = whatIf(snapshot, state, approver, decision);
    if (!result.ok) return undefined;
    effects[decision] = result.effect;
  }
  const names = stage.showNames
    ? stage.approvers.map((a): NamedDecision => {
        const decision = state.decisions[a.email.toLowerCase()]?.decision;
        return { name: a.name, ...(decision ? { decision } : {}) };
      })
    : undefined;
  return {
    rule: ruleKindOf(stage),
    tally: tallyOf(stage, state.decisions),
    ...(names ? { names } : {}),
    effects,
  };
}
