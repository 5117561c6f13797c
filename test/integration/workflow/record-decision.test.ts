import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionItems } from '../../../shared/storage/workflow-items.ts';
import { recordDecision } from '../../../shared/submissions/decide.ts';
import { resubmitAnswers } from '../../../shared/submissions/resubmit.ts';
import { transition } from '../../../shared/workflow/engine.ts';
import { aConsultationWithWorkflow, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { workflowFixture } from './workflow-fixture.ts';

const { client, TableName, repository, definitions, submit, itemsOf, ofKind } = workflowFixture();
// "experts": all three must approve; "steering": any one of two.
const definition = aConsultationWithWorkflow('wf-decide');
beforeAll(async () => {
  await repository.publishDefinition(definition);
});
afterAll(() => client.destroy());

const now = new Date(WHILE_OPEN.getTime() + 3_600_000);
const decide = (
  submissionId: string,
  approver: string,
  decision: 'approve' | 'reject' | 'sendBack' = 'approve',
  comment?: string,
) =>
  recordDecision(
    { repository },
    {
      consultationId: 'wf-decide',
      submissionId,
      stageId: 'experts',
      round: 1,
      approver,
      decision,
      ...(comment ? { comment } : {}),
      now,
    },
  );

describe('recording decisions', () => {
  it('advances an all-stage exactly once when its three approvers decide at the same time', async () => {
    // Prepare: five submissions, so 15 decisions race at once
    const submissions = await Promise.all(Array.from({ length: 5 }, () => submit(definition)));
    const approvers = ['experts1@hannover.example', 'experts2@hannover.example', 'experts3@hannover.example'];
    // Act
    const outcomes = await Promise.all(
      submissions.flatMap((submission) => approvers.map((a) => decide(submission.id, a))),
    );
    // Assess
    const attempts = outcomes.map((o) => (o.kind === 'recorded' ? o.attempts : Number.NaN));
    console.info('all-stage race: attempts per decision', JSON.stringify(attempts));
    expect(outcomes.every((o) => o.kind === 'recorded')).toBe(true);
    for (const submission of submissions) {
      const history = await repository.getSubmissionHistory('wf-decide', submission.id);
      expect(history?.submission.workflow?.state).toMatchObject({
        status: 'inStage',
        stageId: 'steering',
        round: 2,
        version: 4,
      });
      expect(history?.events.map((e) => e.event)).toEqual([
        'submitted',
        'decided',
        'decided',
        'decided',
        'advanced',
      ]);
      const items = await itemsOf('wf-decide', submission.id);
      expect(ofKind(items, 'decision')).toHaveLength(3);
      const nextStage = ofKind(items, 'outbox').filter(
        (o) => (o.effect as { template: string; stageId?: string }).stageId === 'steering',
      );
      expect(nextStage.map((o) => (o.effect as { template: string }).template).sort()).toEqual([
        'advanced',
        'approvalRequested',
        'approvalRequested',
      ]);
    }
  });

  it('answers a repeated post with the decision recorded first', async () => {
    const submission = await submit(definition);
    await decide(submission.id, 'experts1@hannover.example', 'approve');

    const again = await decide(submission.id, 'Experts1@Hannover.example ', 'reject', 'Doch nicht');

    expect(again).toEqual({
      kind: 'alreadyDecided',
      existing: expect.objectContaining({ decision: 'approve', approver: 'experts1@hannover.example' }),
    });
  });

  it('answers an approver of an earlier round with their decision after the stage moved on', async () => {
    const submission = await submit(definition, '');
    await decide(submission.id, 'experts1@hannover.example', 'sendBack', 'Bitte Kosten ergänzen');

    const again = await decide(submission.id, 'experts1@hannover.example');

    expect(again).toMatchObject({ kind: 'alreadyDecided', existing: { decision: 'sendBack' } });
  });

  it('passes the engine’s refusals on and writes nothing', async () => {
    const submission = await submit(definition);
    const before = await itemsOf('wf-decide', submission.id);

    expect(await decide(submission.id, 'stranger@example.org')).toEqual({
      kind: 'refused',
      reason: 'notAnApprover',
    });
    expect(await decide(submission.id, 'experts1@hannover.example', 'reject')).toEqual({
      kind: 'refused',
      reason: 'commentRequired',
    });
    expect(await itemsOf('wf-decide', submission.id)).toEqual(before);
  });

  it('answers notFound for an unknown submission', async () => {
    expect(await decide('01KZZZZZZZZZZZZZZZZZZZZZZZ', 'experts1@hannover.example')).toEqual({
      kind: 'notFound',
    });
  });

  it('reports what a decision costs, item by item', async () => {
    // Prepare: the first approver's step of a stored submission, each item sent alone
    const submission = await submit(definition);
    const workflow = submission.workflow;
    if (!workflow) throw new Error('no workflow');
    const event = {
      type: 'decided' as const,
      stageId: 'experts',
      round: 1,
      approver: 'experts1@hannover.example',
      decision: 'approve' as const,
      at: now.toISOString(),
    };
    const step = transition(workflow.snapshot, workflow.state, event);
    if (!step.ok) throw new Error(step.reason);
    const items = transitionItems(TableName, {
      consultationId: 'wf-decide',
      submissionId: submission.id,
      expectedVersion: 1,
      // Given the state read, a decision that keeps the due time does not rewrite the reminder item.
      previousState: workflow.state,
      snapshot: workflow.snapshot,
      expiresAt: submission.expiresAt,
      state: step.state,
      effects: step.effects,
      decision: { stageId: 'experts', round: 1, approver: event.approver, decision: 'approve' },
      now,
    });
    // Act
    const units: { table: number; indexes: number }[] = [];
    for (const item of items) {
      const { ConsumedCapacity } = await client.send(
        new TransactWriteItemsCommand({ TransactItems: [item], ReturnConsumedCapacity: 'INDEXES' }),
      );
      const [c] = ConsumedCapacity ?? [];
      const indexes = Object.values(c?.GlobalSecondaryIndexes ?? {}).reduce(
        (n, i) => n + (i.CapacityUnits ?? 0),
        0,
      );
      units.push({ table: c?.Table?.CapacityUnits ?? Number.NaN, indexes });
    }
    // Assess: submission update (no index copy any more), decision marker, one audit event
    const total = units.reduce((n, u) => n + u.table + u.indexes, 0);
    console.info('decision (no advance) WCU per item', JSON.stringify(units), 'total', total);
    expect(units).toHaveLength(3);
    expect(units[0]?.indexes).toBe(0);
    expect(units.slice(1)).toEqual([
      { table: 2, indexes: 0 },
      { table: 2, indexes: 0 },
    ]);
  });
});

describe('the reminder queue', () => {
  it('lists submissions whose approvers are due a reminder, and not those undue or decided', async () => {
    // Prepare: one submission waits in stage 1; another is approved through both stages
    const due = await submit(definition);
    const decided = await submit(definition);
    for (const a of ['experts1', 'experts2', 'experts3']) await decide(decided.id, `${a}@hannover.example`);
    await recordDecision(
      { repository },
      {
        consultationId: 'wf-decide',
        submissionId: decided.id,
        stageId: 'steering',
        round: 2,
        approver: 'steering1@hannover.example',
        decision: 'approve',
        now,
      },
    );
    const dueAt = new Date(Date.parse(due.submittedAt) + 3 * 86_400_000);
    // Act
    const before = await repository.listDueReminders(new Date(dueAt.getTime() - 1), 1000);
    const after = await repository.listDueReminders(dueAt, 1000);
    // Assess
    expect(before.map((r) => r.submissionId)).not.toContain(due.id);
    expect(after).toContainEqual({
      consultationId: 'wf-decide',
      submissionId: due.id,
      dueAt: dueAt.toISOString(),
    });
    expect(after.map((r) => r.submissionId)).not.toContain(decided.id);
    expect((await repository.getSubmission('wf-decide', decided.id))?.workflow?.state.status).toBe(
      'approved',
    );
    const dueTimes = after.map((r) => r.dueAt);
    expect(dueTimes).toEqual([...dueTimes].sort());
  });

  it('returns at most `limit` reminders', async () => {
    await submit(definition);
    await submit(definition);

    expect(await repository.listDueReminders(new Date('2027-01-01T00:00:00Z'), 1)).toHaveLength(1);
  });
});

describe('resubmitting after a send-back', () => {
  it('stores the revised answers and returns the submission to the stage in a new round', async () => {
    // Prepare
    const submission = await submit(definition);
    await decide(submission.id, 'experts2@hannover.example', 'sendBack', 'Bitte begründen');
    const later = new Date(now.getTime() + 86_400_000);
    const body = {
      name_choice: 'wir-sind-hannover',
      comment: 'Begründung ergänzt',
      email: 'amira@example.org',
    };
    // Act
    const outcome = await resubmitAnswers(
      { repository, definitions },
      { consultationId: 'wf-decide', submissionId: submission.id, body, now: later },
    );
    const again = await resubmitAnswers(
      { repository, definitions },
      { consultationId: 'wf-decide', submissionId: submission.id, body, now: later },
    );
    // Assess
    expect(outcome.kind).toBe('resubmitted');
    expect(again).toEqual({ kind: 'refused', reason: 'notSentBack' });
    const stored = await repository.getSubmission('wf-decide', submission.id);
    expect(stored?.answers).toEqual({ name_choice: 'wir-sind-hannover', comment: 'Begründung ergänzt' });
    expect(stored?.personal).toEqual({ email: 'amira@example.org' });
    expect(stored?.workflow?.state).toMatchObject({
      status: 'inStage',
      stageId: 'experts',
      round: 2,
      version: 3,
      decisions: {},
    });
    const history = await repository.getSubmissionHistory('wf-decide', submission.id);
    expect(history?.events.map((e) => e.event)).toEqual(['submitted', 'decided', 'sentBack', 'resubmitted']);
  });

  it('keeps the stored answers when the revised ones are invalid', async () => {
    const submission = await submit(definition);
    await decide(submission.id, 'experts2@hannover.example', 'sendBack', 'Bitte begründen');

    const outcome = await resubmitAnswers(
      { repository, definitions },
      { consultationId: 'wf-decide', submissionId: submission.id, body: { name_choice: 'nope' }, now },
    );

    expect(outcome).toMatchObject({ kind: 'invalid', errors: { name_choice: { code: 'option' } } });
    const stored = await repository.getSubmission('wf-decide', submission.id);
    expect(stored?.answers).toEqual(submission.answers);
    expect(stored?.workflow?.state.status).toBe('sentBack');
  });

  it('refuses a submission that was not sent back', async () => {
    const submission = await submit(definition);

    const outcome = await resubmitAnswers(
      { repository, definitions },
      { consultationId: 'wf-decide', submissionId: submission.id, body: { name_choice: 'zusammen' }, now },
    );

    expect(outcome).toEqual({ kind: 'refused', reason: 'notSentBack' });
  });
});
