import { WorkflowSnapshotError } from './errors.ts';
import { outcomeOf, tallyOf } from './rule.ts';
import type {
  Actor,
  Approver,
  AuditEffect,
  AuditEventName,
  Decision,
  DecisionRecord,
  Effect,
  EmailEffect,
  OpenState,
  Refusal,
  Step,
  WorkflowEvent,
  WorkflowSnapshot,
  WorkflowStage,
  WorkflowState,
} from './types.ts';

/*
 * The approval workflow as a pure state machine: (snapshot, state, event) -> (state, effects).
 * No I/O and no clock: time comes in with each event, and the caller writes the new state
 * (conditional on the version it read), the audit entries and the emails in one transaction.
 *
 * Rules:
 * - Entering a stage starts a new round (a counter over the whole submission) with no decisions
 *   and asks each of its approvers by email.
 * - Each approver decides once per round; the stage's rule decides both ways (rule.ts): it
 *   advances when enough approved (`any`: one, `all`: every approver, `quorum: N`: N,
 *   `majority`: more than half), and is against the submission as soon as that many approvals can
 *   no longer be reached. Until then every decision is only counted. After the last stage: approved.
 * - Against the submission, the decisions against decide: more rejections than send-backs reject
 *   it, which ends the workflow (`onReject: end`) or enters the earlier stage `onReject.returnTo`
 *   in a new round, whose approvers decide again from scratch; otherwise (a tie included) it is
 *   sent back. The outcome carries the comments of the decisions of its kind.
 * - Send back pauses the workflow in `sentBack` and tells the submitter why. Resubmitting returns
 *   the submission to the stage that sent it back, in a new round with fresh decisions: the
 *   stage sees the revised submission as a whole, so earlier approvals of it do not carry over.
 * - Approved and rejected are final: every later event is refused with `final`.
 */

const SUBMITTER: Actor = { kind: 'submitter' };
const SYSTEM: Actor = { kind: 'system' };

/** Starts a submission's workflow: enters the first stage and asks its approvers. */
export function start(snapshot: WorkflowSnapshot, at: string): Step & { ok: true } {
  const first = snapshot.stages[0];
  if (!first) throw new WorkflowSnapshotError('The workflow snapshot has no stages');
  const entered = enterStage(first, 1, at, 1);
  return {
    ok: true,
    state: entered.state,
    effects: [
      audit('submitted', SUBMITTER, at, { stageId: first.id }),
      ...toSubmitter(snapshot, { template: 'received', stageId: first.id }),
      ...entered.effects,
    ],
  };
}

/** Applies one event to a submission's workflow state; a refusal leaves the state as it was. */
export function transition(snapshot: WorkflowSnapshot, state: WorkflowState, event: WorkflowEvent): Step {
  if (isFinal(state)) return refuse('final');
  switch (event.type) {
    case 'submitted':
      return refuse('alreadyStarted');
    case 'decided':
      return decide(snapshot, state, event);
    case 'resubmitted':
      return resubmit(snapshot, state, event.at);
    case 'reminderDue':
      return remind(snapshot, state, event);
  }
}

/** True for approved and rejected: states no event leaves. */
export function isFinal(state: WorkflowState): state is Exclude<WorkflowState, OpenState> {
  return state.status === 'approved' || state.status === 'rejected';
}

/** The approvers of the current stage who have not decided in this round (none unless in a stage). */
export function pendingApprovers(snapshot: WorkflowSnapshot, state: WorkflowState): Approver[] {
  if (state.status !== 'inStage') return [];
  return stageOf(snapshot, state.stageId).approvers.filter(
    (approver) => !Object.hasOwn(state.decisions, approver.email.toLowerCase()),
  );
}

/** When the next reminder is due (ISO timestamp), or undefined when the submission waits for nobody. */
export function reminderDueAt(snapshot: WorkflowSnapshot, state: WorkflowState): string | undefined {
  if (state.status !== 'inStage' || !pendingApprovers(snapshot, state).length) return undefined;
  const days = stageOf(snapshot, state.stageId).remindAfterDays;
  return new Date(Date.parse(state.remindedAt ?? state.enteredAt) + days * 86_400_000).toISOString();
}

type Decided = Extract<WorkflowEvent, { type: 'decided' }>;

function decide(snapshot: WorkflowSnapshot, state: OpenState, event: Decided): Step {
  if (state.status !== 'inStage' || state.stageId !== event.stageId) return refuse('wrongStage');
  if (event.round !== undefined && event.round !== state.round) return refuse('wrongRound');
  const stage = stageOf(snapshot, state.stageId);
  const email = event.approver.trim().toLowerCase();
  if (!stage.approvers.some((approver) => approver.email.toLowerCase() === email))
    return refuse('notAnApprover');
  if (Object.hasOwn(state.decisions, email)) return refuse('alreadyDecided');
  if (!stage.decisions.includes(event.decision)) return refuse('decisionNotAllowed');
  const comment = event.comment?.trim() || undefined;
  const { at, decision } = event;

  const actor: Actor = { kind: 'approver', stageId: stage.id, email };
  const decided = audit('decided', actor, at, { stageId: stage.id, round: state.round, decision, comment });
  const version = state.version + 1;
  if (decision !== 'approve' && !comment) return refuse('commentRequired');
  const decisions = { ...state.decisions, [email]: { decision, at, ...(comment ? { comment } : {}) } };
  const outcome = outcomeOf(tallyOf(stage, decisions));
  switch (outcome) {
    case 'open':
      return accept({ ...state, version, decisions }, [decided]);
    case 'approved':
      return advance(snapshot, stage, state.round, version, at, [decided]);
    case 'sentBack': {
      const reasons = reasonsOf(stage, decisions, 'sendBack');
      return accept(
        { status: 'sentBack', version, stageId: stage.id, round: state.round, comment: reasons, at },
        [
          decided,
          audit('sentBack', SYSTEM, at, { stageId: stage.id, round: state.round, comment: reasons }),
          ...toSubmitter(snapshot, { template: 'sentBack', stageId: stage.id, comment: reasons }),
        ],
      );
    }
    case 'rejected':
      return reject(
        snapshot,
        stage,
        state.round,
        version,
        at,
        reasonsOf(stage, decisions, 'reject'),
        decided,
      );
    default:
      return outcome satisfies never;
  }
}

function reject(
  snapshot: WorkflowSnapshot,
  stage: WorkflowStage,
  round: number,
  version: number,
  at: string,
  comment: string,
  decided: AuditEffect,
): Step {
  if (stage.onReject === 'end') {
    return accept({ status: 'rejected', version, stageId: stage.id, comment, at }, [
      decided,
      audit('rejected', SYSTEM, at, { stageId: stage.id, comment }),
      ...toSubmitter(snapshot, { template: 'rejected', stageId: stage.id, comment }),
      ...toDepartment(snapshot, { template: 'outcome', outcome: 'rejected', stageId: stage.id, comment }),
    ]);
  }
  const target = stageOf(snapshot, stage.onReject.returnTo);
  const entered = enterStage(target, round + 1, at, version, { stageId: stage.id, comment });
  return accept(entered.state, [
    decided,
    audit('returned', SYSTEM, at, { stageId: target.id, round: entered.state.round, comment }),
    ...toSubmitter(snapshot, { template: 'returned', stageId: target.id }),
    ...entered.effects,
  ]);
}

/**
 * The comments of the round's decisions of one kind, oldest first, as one text (paragraphs apart):
 * when several approvers rejected, the submitter reads every reason, not only the last one.
 */
function reasonsOf(
  stage: WorkflowStage,
  decisions: Readonly<Record<string, DecisionRecord>>,
  kind: Decision,
): string {
  // Sorted by time, then by the stage's order of approvers: stored maps keep no order.
  return stage.approvers
    .flatMap((approver, index) => {
      const record = decisions[approver.email.toLowerCase()];
      return record?.decision === kind && record.comment ? [{ ...record, index }] : [];
    })
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || x.index - y.index)
    .map((record) => record.comment)
    .join('\n\n');
}

function advance(
  snapshot: WorkflowSnapshot,
  stage: WorkflowStage,
  round: number,
  version: number,
  at: string,
  effects: Effect[],
): Step {
  const next = snapshot.stages[snapshot.stages.findIndex((s) => s.id === stage.id) + 1];
  if (!next) {
    return accept({ status: 'approved', version, at }, [
      ...effects,
      audit('approved', SYSTEM, at, { stageId: stage.id }),
      ...toSubmitter(snapshot, { template: 'approved' }),
      ...toDepartment(snapshot, { template: 'outcome', outcome: 'approved', stageId: stage.id }),
    ]);
  }
  const entered = enterStage(next, round + 1, at, version);
  return accept(entered.state, [
    ...effects,
    audit('advanced', SYSTEM, at, { stageId: next.id, round: entered.state.round }),
    ...toSubmitter(snapshot, { template: 'advanced', stageId: next.id }),
    ...entered.effects,
  ]);
}

function resubmit(snapshot: WorkflowSnapshot, state: OpenState, at: string): Step {
  if (state.status !== 'sentBack') return refuse('notSentBack');
  // Back to the stage that sent it back (see the rules at the top), in a new round.
  const stage = stageOf(snapshot, state.stageId);
  const entered = enterStage(stage, state.round + 1, at, state.version + 1);
  return accept(entered.state, [
    audit('resubmitted', SUBMITTER, at, { stageId: stage.id, round: entered.state.round }),
    ...toSubmitter(snapshot, { template: 'received', stageId: stage.id }),
    ...entered.effects,
  ]);
}

type ReminderDue = Extract<WorkflowEvent, { type: 'reminderDue' }>;

function remind(snapshot: WorkflowSnapshot, state: OpenState, event: ReminderDue): Step {
  if (state.status !== 'inStage' || state.stageId !== event.stageId) return refuse('wrongStage');
  const pending = pendingApprovers(snapshot, state);
  if (!pending.length) return refuse('nothingDue');
  const due = reminderDueAt(snapshot, state);
  if (due === undefined || Date.parse(event.at) < Date.parse(due)) return refuse('notDue');
  const { stageId, round } = state;
  return accept({ ...state, version: state.version + 1, remindedAt: event.at }, [
    audit('reminded', SYSTEM, event.at, { stageId, round }),
    ...pending.map(
      (approver): EmailEffect => ({
        type: 'email',
        template: 'reminder',
        to: approverRecipient(stageId, approver),
        stageId,
        round,
      }),
    ),
  ]);
}

function enterStage(
  stage: WorkflowStage,
  round: number,
  at: string,
  version: number,
  returnedFrom?: { stageId: string; comment: string },
): { state: WorkflowState & { status: 'inStage' }; effects: EmailEffect[] } {
  return {
    state: { status: 'inStage', version, stageId: stage.id, round, decisions: {}, enteredAt: at },
    effects: stage.approvers.map((approver) => ({
      type: 'email',
      template: 'approvalRequested',
      to: approverRecipient(stage.id, approver),
      stageId: stage.id,
      round,
      ...(returnedFrom ? { returnedFrom } : {}),
    })),
  };
}

function approverRecipient(stageId: string, approver: Approver) {
  const { name, language } = approver;
  return { kind: 'approver' as const, stageId, email: approver.email.toLowerCase(), name, language };
}

type Omitted<T> = T extends unknown ? Omit<T, 'type' | 'to'> : never;
type SubmitterEmail = Omitted<Extract<EmailEffect, { to: { kind: 'submitter' } }>>;
type DepartmentEmail = Omitted<Extract<EmailEffect, { to: { kind: 'department' } }>>;

function toSubmitter(snapshot: WorkflowSnapshot, email: SubmitterEmail): EmailEffect[] {
  if (!snapshot.notify.submitter) return [];
  return [{ type: 'email', to: { kind: 'submitter' }, ...email }];
}

function toDepartment(snapshot: WorkflowSnapshot, email: DepartmentEmail): EmailEffect[] {
  return snapshot.notify.department ? [{ type: 'email', to: { kind: 'department' }, ...email }] : [];
}

function audit(
  event: AuditEventName,
  actor: Actor,
  at: string,
  details: Pick<AuditEffect, 'stageId' | 'round' | 'decision' | 'comment'> = {},
): AuditEffect {
  // Leave unset details out, so effects stay plain data that compares and stores cleanly.
  const present = Object.entries(details).filter(([, value]) => value !== undefined);
  return { type: 'audit', event, actor, ...Object.fromEntries(present), at };
}

function stageOf(snapshot: WorkflowSnapshot, stageId: string): WorkflowStage {
  const stage = snapshot.stages.find((s) => s.id === stageId);
  if (!stage) throw new WorkflowSnapshotError(`The workflow snapshot has no stage "${stageId}"`);
  return stage;
}

function accept(state: WorkflowState, effects: Effect[]): Step {
  return { ok: true, state, effects };
}

function refuse(reason: Refusal): Step {
  return { ok: false, reason };
}
