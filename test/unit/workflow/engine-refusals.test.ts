import { describe, expect, it } from 'vitest';
import {
  isFinal,
  pendingApprovers,
  reminderDueAt,
  start,
  transition,
} from '../../../shared/workflow/engine.ts';
import { WorkflowSnapshotError } from '../../../shared/workflow/errors.ts';
import type { WorkflowEvent, WorkflowState } from '../../../shared/workflow/types.ts';
import { at, decided, deepFreeze, run, snapshot, stage, twoStages } from './factory.ts';

describe('refusals', () => {
  const snap = twoStages();
  const fresh = () => deepFreeze(start(snap, at(0)).state);
  const refusal = (state: WorkflowState, event: WorkflowEvent) => {
    const step = transition(snap, state, event);
    return step.ok ? 'accepted' : step.reason;
  };

  it('refuses every event once the submission is approved or rejected', () => {
    const approved = deepFreeze(
      run(
        snap,
        decided('experts', 'experts1@hannover.example'),
        decided('steering', 'steering1@hannover.example'),
      ).state,
    );
    const rejected = deepFreeze(
      run(snap, ...[1, 2, 3].map((n) => decided('experts', `experts${n}@hannover.example`, 'reject', 'Nein')))
        .state,
    );
    for (const state of [approved, rejected]) {
      expect(isFinal(state)).toBe(true);
      for (const event of [
        decided('steering', 'steering2@hannover.example'),
        { type: 'resubmitted', at: at(9) } as const,
        { type: 'reminderDue', stageId: 'steering', at: at(900) } as const,
        { type: 'submitted', at: at(9) } as const,
      ])
        expect(refusal(state, event)).toBe('final');
    }
  });

  it('refuses a decision for a stage the submission has left', () => {
    const { state } = run(snap, decided('experts', 'experts1@hannover.example'));
    expect(refusal(state, decided('experts', 'experts2@hannover.example'))).toBe('wrongStage');
  });

  it('refuses a link of an earlier round of the same stage', () => {
    const event = { ...decided('experts', 'experts1@hannover.example'), round: 2 };
    expect(refusal(fresh(), event)).toBe('wrongRound');
    expect(refusal(fresh(), { ...event, round: 1 })).toBe('accepted');
  });

  it('refuses someone who is not an approver of the stage', () => {
    expect(refusal(fresh(), decided('experts', 'steering1@hannover.example'))).toBe('notAnApprover');
  });

  it('counts one approver once even when the link is posted twice, whatever the letter case', () => {
    const snapAll = snapshot([stage('a', 2, { rule: 'all' })]);
    const { state } = run(snapAll, decided('a', 'a1@hannover.example'));
    expect(transition(snapAll, state, decided('a', 'A1@Hannover.Example'))).toEqual({
      ok: false,
      reason: 'alreadyDecided',
    });
    expect(transition(snapAll, state, decided('a', 'a1@hannover.example', 'reject', 'doch nicht'))).toEqual({
      ok: false,
      reason: 'alreadyDecided',
    });
  });

  it('matches approver addresses without regard to letter case', () => {
    const { state } = run(snapshot([stage('a', 2, { rule: 'all' })]), decided('a', ' A2@HANNOVER.example '));
    expect(state).toMatchObject({ decisions: { 'a2@hannover.example': { decision: 'approve' } } });
  });

  it('refuses a decision the stage does not offer', () => {
    const limited = snapshot([stage('committee', 1, { decisions: ['approve', 'reject'] })]);
    const step = transition(
      limited,
      start(limited, at(0)).state,
      decided('committee', 'committee1@hannover.example', 'sendBack', 'Bitte ändern'),
    );
    expect(step).toEqual({ ok: false, reason: 'decisionNotAllowed' });
  });

  it.each(['reject', 'sendBack'] as const)('requires a comment to %s', (decision) => {
    expect(refusal(fresh(), decided('experts', 'experts1@hannover.example', decision))).toBe(
      'commentRequired',
    );
    expect(refusal(fresh(), decided('experts', 'experts1@hannover.example', decision, '   '))).toBe(
      'commentRequired',
    );
  });

  it('starts a workflow only through start()', () => {
    expect(refusal(fresh(), { type: 'submitted', at: at(1) })).toBe('alreadyStarted');
  });

  it('treats a state that names a stage missing from the snapshot as a bug', () => {
    const state: WorkflowState = {
      status: 'inStage',
      version: 1,
      stageId: 'gone',
      round: 1,
      decisions: {},
      enteredAt: at(0),
    };
    expect(() => transition(snap, state, decided('gone', 'experts1@hannover.example'))).toThrow(
      WorkflowSnapshotError,
    );
  });
});

describe('reminders', () => {
  const snap = snapshot([stage('a', 3, { rule: 'all', remindAfterDays: 2 })]);
  const oneDecided = () => run(snap, decided('a', 'a2@hannover.example'));
  const due = (hours: number): WorkflowEvent => ({ type: 'reminderDue', stageId: 'a', at: at(hours) });

  it('is due remindAfterDays after the stage was entered', () => {
    expect(reminderDueAt(snap, oneDecided().state)).toBe(at(48));
    expect(transition(snap, oneDecided().state, due(47))).toEqual({ ok: false, reason: 'notDue' });
  });

  it('reminds only the approvers who have not decided and records it', () => {
    const step = transition(snap, oneDecided().state, due(48));
    expect(step.ok && step.state).toMatchObject({ remindedAt: at(48), version: 3, round: 1 });
    if (!step.ok) return;
    expect(step.effects).toEqual([
      { type: 'audit', event: 'reminded', actor: { kind: 'system' }, stageId: 'a', round: 1, at: at(48) },
      expect.objectContaining({
        template: 'reminder',
        to: expect.objectContaining({ email: 'a1@hannover.example' }),
        round: 1,
      }),
      expect.objectContaining({
        template: 'reminder',
        to: expect.objectContaining({ email: 'a3@hannover.example' }),
        round: 1,
      }),
    ]);
    expect(reminderDueAt(snap, step.state)).toBe(at(96));
    expect(transition(snap, step.state, due(60))).toEqual({ ok: false, reason: 'notDue' });
  });

  it('lists the approvers still to decide', () => {
    expect(pendingApprovers(snap, oneDecided().state).map((a) => a.email)).toEqual([
      'a1@hannover.example',
      'a3@hannover.example',
    ]);
  });

  it('reminds nobody for a stage the submission is not in', () => {
    const two = twoStages();
    const { state } = run(two, decided('experts', 'experts1@hannover.example'));
    expect(transition(two, state, { type: 'reminderDue', stageId: 'experts', at: at(500) })).toEqual({
      ok: false,
      reason: 'wrongStage',
    });
  });

  it('has nothing due when every approver decided', () => {
    // A quorum of 1 with a comment-free approval advances at once, so build the state by hand.
    const state: WorkflowState = {
      status: 'inStage',
      version: 2,
      stageId: 'a',
      round: 1,
      enteredAt: at(0),
      decisions: Object.fromEntries(
        ['a1', 'a2', 'a3'].map((a) => [`${a}@hannover.example`, { decision: 'approve' as const, at: at(1) }]),
      ),
    };
    expect(reminderDueAt(snap, state)).toBeUndefined();
    expect(transition(snap, state, due(500))).toEqual({ ok: false, reason: 'nothingDue' });
  });
});
