import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutboxKey } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { transition } from '../../../shared/workflow/engine.ts';
import type { WorkflowEvent } from '../../../shared/workflow/types.ts';
import { aConsultationWithWorkflow, aStage, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { workflowFixture } from './workflow-fixture.ts';

const { client, repository, submit, itemsOf, ofKind } = workflowFixture();
// Stage "experts": any one of two approves; then "steering": any one of two.
const definition = aConsultationWithWorkflow('wf-apply', [aStage('experts', 2), aStage('steering', 2)]);
beforeAll(async () => {
  await repository.publishDefinition(definition);
});
afterAll(() => client.destroy());

const later = (minutes: number) => new Date(WHILE_OPEN.getTime() + minutes * 60_000);

/** The write of one approver's decision, computed by the engine from the submission as read. */
function decisionWrite(submission: Submission, approver: string, now = later(60)) {
  const workflow = submission.workflow;
  if (!workflow) throw new Error('no workflow');
  const event: WorkflowEvent = {
    type: 'decided',
    stageId: 'experts',
    round: 1,
    approver,
    decision: 'approve',
    at: now.toISOString(),
  };
  const step = transition(workflow.snapshot, workflow.state, event);
  if (!step.ok) throw new Error(step.reason);
  return {
    consultationId: submission.consultationId,
    submissionId: submission.id,
    expectedVersion: workflow.state.version,
    snapshot: workflow.snapshot,
    expiresAt: submission.expiresAt,
    state: step.state,
    effects: step.effects,
    decision: { stageId: 'experts', round: 1, approver, decision: 'approve' as const },
    now,
  };
}

describe('applying a workflow step', () => {
  it('writes the state, the audit events, the emails, the decision marker and the reminder keys together', async () => {
    // Prepare
    const submission = await submit(definition);
    const write = decisionWrite(submission, 'experts1@hannover.example');
    // Act
    const result = await repository.applyTransition(write);
    // Assess
    expect(result).toEqual({ kind: 'applied' });
    const items = await itemsOf('wf-apply', submission.id);
    const [stored] = ofKind(items, 'submission');
    expect(stored?.workflow).toMatchObject({
      state: { status: 'inStage', stageId: 'steering', round: 2, version: 2 },
    });
    const [reminder] = ofKind(items, 'reminder');
    expect(reminder?.gsi2sk).toBe(`${later(60 + 3 * 24 * 60).toISOString()}#wf-apply#${submission.id}`);
    expect(ofKind(items, 'audit').map((a) => [a.event, a.version])).toEqual([
      ['submitted', 1],
      ['decided', 2],
      ['advanced', 2],
    ]);
    expect(ofKind(items, 'decision')).toEqual([
      expect.objectContaining({
        sk: `SUB#${submission.id}#DEC#experts#1#experts1@hannover.example`,
        decision: 'approve',
        at: later(60).toISOString(),
        expiresAt: submission.expiresAt,
      }),
    ]);
    const emails = ofKind(items, 'outbox').filter((o) => o.createdAt === later(60).toISOString());
    expect(emails.map((o) => (o.effect as { template: string }).template)).toEqual([
      'advanced',
      'approvalRequested',
      'approvalRequested',
    ]);
  });

  it('refuses a stale version and writes nothing', async () => {
    // Prepare: the first approver's step is stored; a second one computed from the same read is stale
    const submission = await submit(definition);
    await repository.applyTransition(decisionWrite(submission, 'experts1@hannover.example'));
    const before = await itemsOf('wf-apply', submission.id);
    // Act
    const result = await repository.applyTransition(decisionWrite(submission, 'experts2@hannover.example'));
    // Assess
    expect(result).toEqual({ kind: 'conflict', reason: 'versionChanged' });
    expect(await itemsOf('wf-apply', submission.id)).toEqual(before);
  });

  it('records one decision of an approver once, even from a fresh read', async () => {
    const submission = await submit(definition);
    const write = decisionWrite(submission, 'experts1@hannover.example');
    await repository.applyTransition(write);
    const before = await itemsOf('wf-apply', submission.id);

    const again = await repository.applyTransition({ ...write, expectedVersion: 2 });

    expect(again).toEqual({ kind: 'conflict', reason: 'alreadyDecided' });
    expect(await itemsOf('wf-apply', submission.id)).toEqual(before);
  });

  it('applies exactly one of 20 parallel posts of the same decision', async () => {
    // Prepare
    const submission = await submit(definition);
    const write = decisionWrite(submission, 'experts2@hannover.example');
    // Act
    const results = await Promise.all(Array.from({ length: 20 }, () => repository.applyTransition(write)));
    // Assess
    const applied = results.filter((r) => r.kind === 'applied');
    const conflicts = results.flatMap((r) => (r.kind === 'conflict' ? [r.reason] : []));
    console.info('20 parallel decisions:', applied.length, 'applied;', JSON.stringify(countBy(conflicts)));
    expect(applied).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const items = await itemsOf('wf-apply', submission.id);
    expect(ofKind(items, 'decision')).toHaveLength(1);
    expect(ofKind(items, 'audit').map((a) => a.event)).toEqual(['submitted', 'decided', 'advanced']);
    const emails = ofKind(items, 'outbox').filter((o) => o.createdAt !== submission.submittedAt);
    expect(emails).toHaveLength(3);
  });

  it('refuses a write for a submission that does not exist', async () => {
    const submission = await submit(definition);
    const write = decisionWrite(submission, 'experts1@hannover.example');

    const result = await repository.applyTransition({
      ...write,
      consultationId: 'wf-apply-none',
      decision: undefined,
    });

    expect(result).toEqual({ kind: 'conflict', reason: 'versionChanged' });
    expect(await itemsOf('wf-apply-none', submission.id)).toEqual([]);
  });
});

describe('the history of a submission', () => {
  it('returns the submission and its audit events in the order they happened', async () => {
    const submission = await submit(definition);
    await repository.applyTransition(decisionWrite(submission, 'experts1@hannover.example'));

    const history = await repository.getSubmissionHistory('wf-apply', submission.id);

    expect(history?.submission.workflow?.state.version).toBe(2);
    expect(history?.events.map((e) => [e.event, e.stageId, e.version])).toEqual([
      ['submitted', 'experts', 1],
      ['decided', 'experts', 2],
      ['advanced', 'steering', 2],
    ]);
    expect(history?.events[1]).toMatchObject({
      actor: { kind: 'approver', email: 'experts1@hannover.example' },
      decision: 'approve',
      consultationId: 'wf-apply',
      submissionId: submission.id,
    });
  });

  it('answers undefined for an unknown submission', async () => {
    expect(await repository.getSubmissionHistory('wf-apply', '01KZZZZZZZZZZZZZZZZZZZZZZZ')).toBeUndefined();
  });
});

describe('the outbox', () => {
  it('reads an outbox item by its key and marks it sent once', async () => {
    // Prepare
    const submission = await submit(definition);
    const [item] = ofKind(await itemsOf('wf-apply', submission.id), 'outbox');
    const ref = parseOutboxKey({ pk: String(item?.pk), sk: String(item?.sk) });
    if (!ref) throw new Error('not an outbox key');
    // Act
    const first = await repository.markOutboxSent(
      ref.consultationId,
      ref.submissionId,
      ref.outboxId,
      '2026-06-15T10:01:00.000Z',
    );
    const second = await repository.markOutboxSent(
      ref.consultationId,
      ref.submissionId,
      ref.outboxId,
      '2026-06-15T10:02:00.000Z',
    );
    // Assess
    expect([first, second]).toEqual([true, false]);
    expect(await repository.getOutboxItem(ref.consultationId, ref.submissionId, ref.outboxId)).toMatchObject({
      kind: 'outbox',
      submissionId: submission.id,
      effect: { type: 'email', template: 'received', to: { kind: 'submitter' } },
      sentAt: '2026-06-15T10:01:00.000Z',
    });
  });

  it('marks nothing for an unknown outbox id', async () => {
    const submission = await submit(definition);

    expect(
      await repository.markOutboxSent('wf-apply', submission.id, '01KZZZZZZZZZZZZZZZZZZZZZZZ', 'x'),
    ).toBe(false);
    expect(
      await repository.getOutboxItem('wf-apply', submission.id, '01KZZZZZZZZZZZZZZZZZZZZZZZ'),
    ).toBeUndefined();
  });
});

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
