import { describe, expect, it } from 'vitest';
import { start, transition } from '../../../shared/workflow/engine.ts';
import { WorkflowSnapshotError } from '../../../shared/workflow/errors.ts';
import type { WorkflowSnapshot } from '../../../shared/workflow/types.ts';
import { at, auditEvents, decided, emailsTo, run, snapshot, stage, twoStages } from './factory.ts';

describe('start', () => {
  it('enters the first stage in round 1 and asks each of its approvers', () => {
    // Act
    const { state, effects } = start(twoStages(), at(0));
    // Assess
    expect(state).toEqual({
      status: 'inStage',
      version: 1,
      stageId: 'experts',
      round: 1,
      decisions: {},
      enteredAt: at(0),
    });
    expect(
      emailsTo(effects, 'approver').map((e) => [e.template, e.to.kind === 'approver' && e.to.email]),
    ).toEqual([
      ['approvalRequested', 'experts1@hannover.example'],
      ['approvalRequested', 'experts2@hannover.example'],
      ['approvalRequested', 'experts3@hannover.example'],
    ]);
  });

  it('records the submission and confirms it to the submitter', () => {
    const { effects } = start(twoStages(), at(0));
    expect(effects[0]).toEqual({
      type: 'audit',
      event: 'submitted',
      actor: { kind: 'submitter' },
      stageId: 'experts',
      at: at(0),
    });
    expect(emailsTo(effects, 'submitter')).toEqual([
      { type: 'email', template: 'received', to: { kind: 'submitter' }, stageId: 'experts' },
    ]);
  });

  it('writes nothing to a submitter who cannot or should not be reached', () => {
    const { effects } = start(snapshot([stage('a')], { submitter: false }), at(0));
    expect(emailsTo(effects, 'submitter')).toEqual([]);
  });

  it('refuses a snapshot without stages as a bug', () => {
    expect(() => start(snapshot([]), at(0))).toThrow(WorkflowSnapshotError);
  });
});

describe('decision rules', () => {
  it('advances an `any` stage on the first approval and tells the submitter and the next approvers', () => {
    const { state, effects } = run(twoStages(), decided('experts', 'experts2@hannover.example'));
    expect(state).toMatchObject({
      status: 'inStage',
      stageId: 'steering',
      round: 2,
      decisions: {},
      version: 2,
    });
    expect(auditEvents(effects)).toEqual(['decided', 'advanced']);
    expect(emailsTo(effects, 'submitter')).toEqual([
      { type: 'email', template: 'advanced', to: { kind: 'submitter' }, stageId: 'steering' },
    ]);
    expect(emailsTo(effects, 'approver').map((e) => e.to)).toEqual([
      expect.objectContaining({ stageId: 'steering', email: 'steering1@hannover.example' }),
      expect.objectContaining({ stageId: 'steering', email: 'steering2@hannover.example' }),
    ]);
  });

  it('keeps an `all` stage open until every approver approved', () => {
    const snap = snapshot([stage('a', 3, { rule: 'all' }), stage('b')]);
    const afterTwo = run(snap, decided('a', 'a1@hannover.example'), decided('a', 'a3@hannover.example'));
    expect(afterTwo.state).toMatchObject({ stageId: 'a', round: 1 });
    expect(afterTwo.effects.filter((e) => e.type === 'email')).toEqual([]);
    const afterAll = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a3@hannover.example'),
      decided('a', 'a2@hannover.example'),
    );
    expect(afterAll.state).toMatchObject({ stageId: 'b', round: 2 });
  });

  it('advances a quorum stage exactly at the Nth approval', () => {
    const snap = snapshot([stage('experts', 3, { rule: { quorum: 2 } }), stage('steering')]);
    const one = run(snap, decided('experts', 'experts1@hannover.example'));
    expect(one.state).toMatchObject({
      stageId: 'experts',
      decisions: { 'experts1@hannover.example': { decision: 'approve', at: at(1) } },
    });
    const two = run(
      snap,
      decided('experts', 'experts1@hannover.example'),
      decided('experts', 'experts3@hannover.example'),
    );
    expect(two.state).toMatchObject({ stageId: 'steering' });
  });

  it('approves after the last stage and tells the submitter and the department', () => {
    const { state, effects } = run(
      twoStages(),
      decided('experts', 'experts1@hannover.example'),
      decided('steering', 'steering1@hannover.example', 'approve', undefined, 2),
    );
    expect(state).toEqual({ status: 'approved', version: 3, at: at(2) });
    expect(auditEvents(effects)).toEqual(['decided', 'approved']);
    expect(emailsTo(effects, 'submitter')).toEqual([
      { type: 'email', template: 'approved', to: { kind: 'submitter' } },
    ]);
    expect(emailsTo(effects, 'department')).toEqual([
      {
        type: 'email',
        template: 'outcome',
        to: { kind: 'department' },
        outcome: 'approved',
        stageId: 'steering',
      },
    ]);
  });

  it('leaves the department out when it asked not to be told', () => {
    const snap = snapshot([stage('a')], { department: false });
    expect(emailsTo(run(snap, decided('a', 'a1@hannover.example')).effects, 'department')).toEqual([]);
  });

  it('keeps an approval comment with the decision', () => {
    const snap = snapshot([stage('a', 2, { rule: 'all' })]);
    const { state, effects } = run(snap, decided('a', 'a1@hannover.example', 'approve', '  Gute Idee  '));
    expect(state).toMatchObject({ decisions: { 'a1@hannover.example': { comment: 'Gute Idee' } } });
    expect(effects[0]).toMatchObject({ event: 'decided', decision: 'approve', comment: 'Gute Idee' });
  });
});

describe('rejection', () => {
  it('ends the workflow with onReject: end once the quorum is out of reach, with every reason', () => {
    const snap = snapshot([stage('a', 3, { rule: { quorum: 2 } })]);
    const { state, effects } = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a2@hannover.example', 'reject', 'Nicht finanzierbar', 2),
      decided('a', 'a3@hannover.example', 'reject', 'Zu wenig Personal', 3),
    );
    const reasons = 'Nicht finanzierbar\n\nZu wenig Personal';
    expect(state).toEqual({ status: 'rejected', version: 4, stageId: 'a', comment: reasons, at: at(3) });
    expect(auditEvents(effects)).toEqual(['decided', 'rejected']);
    expect(emailsTo(effects, 'submitter')).toEqual([
      { type: 'email', template: 'rejected', to: { kind: 'submitter' }, stageId: 'a', comment: reasons },
    ]);
    expect(emailsTo(effects, 'department')).toEqual([
      expect.objectContaining({ template: 'outcome', outcome: 'rejected', comment: reasons }),
    ]);
  });

  it('only counts a rejection while the quorum can still be reached', () => {
    const snap = snapshot([stage('a', 3, { rule: { quorum: 2 } })]);
    const { state, effects } = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a2@hannover.example', 'reject', 'Nicht finanzierbar', 2),
    );
    expect(state).toMatchObject({ status: 'inStage', stageId: 'a', round: 1, version: 3 });
    expect(auditEvents(effects)).toEqual(['decided']);
    expect(emailsTo(effects, 'submitter')).toEqual([]);
  });

  it('rejects an `any` stage only when every approver is against it', () => {
    const snap = snapshot([stage('a', 2)]);
    const once = run(snap, decided('a', 'a1@hannover.example', 'reject', 'Nein'));
    expect(once.state.status).toBe('inStage');
    const twice = run(
      snap,
      decided('a', 'a1@hannover.example', 'reject', 'Nein'),
      decided('a', 'a2@hannover.example', 'reject', 'Auch nein', 2),
    );
    expect(twice.state).toMatchObject({ status: 'rejected', comment: 'Nein\n\nAuch nein' });
  });

  it('sends back on a tie of rejections and send-backs, and rejects when rejections outnumber them', () => {
    const snap = snapshot([stage('a', 3, { rule: 'all' })]);
    const tie = run(snap, decided('a', 'a1@hannover.example', 'sendBack', 'Bitte genauer'));
    expect(tie.state).toMatchObject({ status: 'sentBack', comment: 'Bitte genauer' });
    const any3 = snapshot([stage('a', 3)]);
    const tie2 = run(
      any3,
      decided('a', 'a1@hannover.example', 'reject', 'Nein'),
      decided('a', 'a2@hannover.example', 'sendBack', 'Bitte genauer', 2),
      decided('a', 'a3@hannover.example', 'reject', 'Auch nein', 3),
    );
    expect(tie2.state).toMatchObject({ status: 'rejected', comment: 'Nein\n\nAuch nein' });
    const even = run(
      snapshot([stage('a', 2)]),
      decided('a', 'a1@hannover.example', 'reject', 'Nein'),
      decided('a', 'a2@hannover.example', 'sendBack', 'Bitte genauer', 2),
    );
    expect(even.state).toMatchObject({ status: 'sentBack', comment: 'Bitte genauer' });
  });

  it('advances a majority stage at more than half and rejects it on a tie', () => {
    const snap = snapshot([stage('a', 4, { rule: 'majority' })]);
    const three = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a2@hannover.example', 'reject', 'Nein'),
      decided('a', 'a3@hannover.example'),
      decided('a', 'a4@hannover.example'),
    );
    expect(three.state.status).toBe('approved');
    const tie = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a2@hannover.example', 'reject', 'Nein'),
      decided('a', 'a3@hannover.example'),
      decided('a', 'a4@hannover.example', 'reject', 'Auch nein'),
    );
    expect(tie.state).toMatchObject({ status: 'rejected', comment: 'Nein\n\nAuch nein' });
  });

  it('ends an `all` stage on one rejection even after other approvals', () => {
    const snap = snapshot([stage('a', 3, { rule: 'all' })]);
    const { state } = run(
      snap,
      decided('a', 'a1@hannover.example'),
      decided('a', 'a2@hannover.example', 'reject', 'Nein'),
    );
    expect(state.status).toBe('rejected');
  });

  it('returns to the configured earlier stage in a new round with fresh decisions', () => {
    const snap = snapshot([
      stage('experts', 3, { rule: { quorum: 2 } }),
      stage('steering', 2, { rule: 'all', onReject: { returnTo: 'experts' } }),
    ]);
    const { state, effects } = run(
      snap,
      decided('experts', 'experts1@hannover.example'),
      decided('experts', 'experts2@hannover.example'),
      decided('steering', 'steering2@hannover.example', 'reject', 'Bitte Kosten schätzen', 3),
    );
    expect(state).toEqual({
      status: 'inStage',
      version: 4,
      stageId: 'experts',
      round: 3,
      decisions: {},
      enteredAt: at(3),
    });
    expect(auditEvents(effects)).toEqual(['decided', 'returned']);
    const requests = emailsTo(effects, 'approver');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      template: 'approvalRequested',
      round: 3,
      returnedFrom: { stageId: 'steering', comment: 'Bitte Kosten schätzen' },
    });
    expect(emailsTo(effects, 'submitter')).toEqual([
      { type: 'email', template: 'returned', to: { kind: 'submitter' }, stageId: 'experts' },
    ]);
  });
});

describe('send back and resubmit', () => {
  // `all`: one send-back decides, so a single decision pauses the submission.
  const backStages = () => snapshot([stage('experts', 3), stage('steering', 2, { rule: 'all' })]);
  const sentBack = (snap: WorkflowSnapshot) =>
    run(
      snap,
      decided('experts', 'experts1@hannover.example'),
      decided('steering', 'steering1@hannover.example', 'sendBack', 'Bitte genauer beschreiben', 2),
    );

  it('pauses the submission and sends the comment to the submitter', () => {
    const { state, effects } = sentBack(backStages());
    expect(state).toEqual({
      status: 'sentBack',
      version: 3,
      stageId: 'steering',
      round: 2,
      comment: 'Bitte genauer beschreiben',
      at: at(2),
    });
    expect(auditEvents(effects)).toEqual(['decided', 'sentBack']);
    expect(emailsTo(effects, 'submitter')).toEqual([
      {
        type: 'email',
        template: 'sentBack',
        to: { kind: 'submitter' },
        stageId: 'steering',
        comment: 'Bitte genauer beschreiben',
      },
    ]);
    expect(emailsTo(effects, 'approver')).toEqual([]);
  });

  it('returns a resubmission to the stage that sent it back, in a new round, and records it', () => {
    const snap = backStages();
    const step = transition(snap, sentBack(snap).state, { type: 'resubmitted', at: at(30) });
    expect(step).toMatchObject({
      ok: true,
      state: {
        status: 'inStage',
        stageId: 'steering',
        round: 3,
        decisions: {},
        enteredAt: at(30),
        version: 4,
      },
    });
    if (!step.ok) return;
    expect(step.effects[0]).toEqual({
      type: 'audit',
      event: 'resubmitted',
      actor: { kind: 'submitter' },
      stageId: 'steering',
      round: 3,
      at: at(30),
    });
    expect(emailsTo(step.effects, 'approver').map((e) => e.template)).toEqual([
      'approvalRequested',
      'approvalRequested',
    ]);
  });

  it('refuses decisions while the submission is with the submitter', () => {
    const snap = backStages();
    expect(transition(snap, sentBack(snap).state, decided('steering', 'steering2@hannover.example'))).toEqual(
      {
        ok: false,
        reason: 'wrongStage',
      },
    );
  });

  it('refuses a resubmission that was not asked for', () => {
    const snap = backStages();
    expect(transition(snap, start(snap, at(0)).state, { type: 'resubmitted', at: at(1) })).toEqual({
      ok: false,
      reason: 'notSentBack',
    });
  });
});
