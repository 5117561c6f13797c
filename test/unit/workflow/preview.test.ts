import { describe, expect, it } from 'vitest';
import { previewDecision, whatIf } from '../../../shared/workflow/preview.ts';
import {
  type WorkflowState,
  workflowSnapshotSchema,
  workflowStateSchema,
} from '../../../shared/workflow/types.ts';
import { decided, run, snapshot, stage } from './factory.ts';

const experts = () =>
  snapshot([stage('experts', 3, { rule: { quorum: 2 } }), stage('steering', 2, { rule: 'all' })]);

describe('what a decision would cause', () => {
  it('tells the first rejection of a 2-of-3 quorum that it is only counted, and the second that it decides', () => {
    const snap = experts();
    const fresh = run(snap).state;
    expect(whatIf(snap, fresh, 'experts1@hannover.example', 'reject')).toEqual({
      ok: true,
      effect: { kind: 'counted' },
    });
    const oneAgainst = run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).state;
    expect(whatIf(snap, oneAgainst, 'experts2@hannover.example', 'reject')).toEqual({
      ok: true,
      effect: { kind: 'rejected' },
    });
    expect(whatIf(snap, oneAgainst, 'experts2@hannover.example', 'approve')).toEqual({
      ok: true,
      effect: { kind: 'counted' },
    });
    // A tie of one rejection and one send-back sends back.
    expect(whatIf(snap, oneAgainst, 'experts2@hannover.example', 'sendBack')).toEqual({
      ok: true,
      effect: { kind: 'sentBack' },
    });
  });

  it('names the stage an approval moves the submission on to, and refuses what the engine refuses', () => {
    const snap = experts();
    const oneFor = run(snap, decided('experts', 'experts1@hannover.example')).state;
    expect(whatIf(snap, oneFor, 'experts3@hannover.example', 'approve')).toEqual({
      ok: true,
      effect: { kind: 'advanced', stageId: 'steering' },
    });
    expect(whatIf(snap, oneFor, 'experts1@hannover.example', 'approve')).toEqual({
      ok: false,
      reason: 'alreadyDecided',
    });
    expect(whatIf(snap, oneFor, 'stranger@hannover.example', 'approve')).toEqual({
      ok: false,
      reason: 'notAnApprover',
    });
  });

  it('gives the rule, the counts and the effect of every offered decision, names only when allowed', () => {
    const snap = experts();
    const state = run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).state;
    const preview = previewDecision(snap, state, 'experts2@hannover.example');
    expect(preview).toEqual({
      rule: 'quorum',
      tally: { approvers: 3, needed: 2, approve: 0, reject: 1, sendBack: 0, pending: 2 },
      effects: { approve: { kind: 'counted' }, reject: { kind: 'rejected' }, sendBack: { kind: 'sentBack' } },
    });
    const named = snapshot([stage('experts', 3, { rule: { quorum: 2 }, showNames: true })]);
    expect(previewDecision(named, state, 'experts2@hannover.example')?.names).toEqual([
      { name: 'Name of experts1@hannover.example', decision: 'reject' },
      { name: 'Name of experts2@hannover.example' },
      { name: 'Name of experts3@hannover.example' },
    ]);
  });

  it('decides stored items from before the rules decided both ways by the new rules', () => {
    // A snapshot and state as stored before: no `showNames`, and (since a rejection ended a round
    // at once) a round holding approvals only. Both parse unchanged; nothing needs migrating.
    const stored = {
      snapshot: {
        stages: [
          {
            id: 'experts',
            name: { de: 'Expert*innen' },
            approvers: ['a', 'b', 'c'].map((x) => ({
              email: `${x}@hannover.example`,
              name: x,
              language: 'de',
            })),
            rule: { quorum: 2 },
            decisions: ['approve', 'reject', 'sendBack'],
            onReject: 'end',
            remindAfterDays: 3,
          },
        ],
        notify: { submitter: true, department: true },
        department: { email: 'integration@hannover.example', language: 'de' },
      },
      state: {
        status: 'inStage',
        version: 2,
        stageId: 'experts',
        round: 1,
        decisions: { 'a@hannover.example': { decision: 'approve', at: '2026-11-30T10:00:00.000Z' } },
        enteredAt: '2026-11-30T09:00:00.000Z',
      },
    };
    const snap = workflowSnapshotSchema.parse(stored.snapshot);
    const state: WorkflowState = workflowStateSchema.parse(stored.state);
    expect(previewDecision(snap, state, 'b@hannover.example')).toMatchObject({
      tally: { approve: 1, reject: 0, pending: 2, needed: 2 },
      effects: { approve: { kind: 'approved' }, reject: { kind: 'counted' } },
    });
  });
});
