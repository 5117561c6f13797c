import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionKey } from '../../../shared/storage/index.ts';
import { submitTransaction } from '../../../shared/storage/transactions.ts';
import { newSubmissionId } from '../../../shared/submissions/ids.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { start } from '../../../shared/workflow/engine.ts';
import { aConsultationWithWorkflow, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { workflowFixture } from './workflow-fixture.ts';

const { client, TableName, repository, definitions, submit, itemsOf, ofKind } = workflowFixture();
const definition = aConsultationWithWorkflow('wf-submit');
beforeAll(async () => {
  await repository.publishDefinition(definition);
});
afterAll(() => client.destroy());

describe('submitting into a workflow', () => {
  it('stores the submission, its start events and its emails in one go', async () => {
    // Act
    const submission = await submit(definition);
    // Assess
    const items = await itemsOf('wf-submit', submission.id);
    const [stored] = ofKind(items, 'submission');
    expect(stored?.workflow).toMatchObject({
      state: { status: 'inStage', stageId: 'experts', round: 1, version: 1, decisions: {} },
    });
    // The reminder queue holds a small item beside the submission, not the submission itself.
    expect(stored?.gsi2pk).toBeUndefined();
    const [reminder] = ofKind(items, 'reminder');
    expect(reminder).toEqual({
      pk: stored?.pk,
      sk: `SUB#${submission.id}#REM`,
      kind: 'reminder',
      consultationId: 'wf-submit',
      submissionId: submission.id,
      gsi2pk: expect.stringMatching(/^REMIND#[0-3]$/),
      gsi2sk: `2026-06-18T10:00:00.001Z#wf-submit#${submission.id}`,
      // The submissions inbox by state: in stage "experts", newest first.
      gsi1pk: 'CONS#wf-submit#WF#inStage',
      gsi1sk: submission.id,
      stageId: 'experts',
      expiresAt: submission.expiresAt,
    });
    const audits = ofKind(items, 'audit');
    expect(audits.map((a) => [a.event, a.version, a.expiresAt])).toEqual([
      ['submitted', 1, submission.expiresAt],
    ]);
    expect(audits[0]?.sk).toBe(`SUB#${submission.id}#EVT#${submission.submittedAt}#000001#000`);
    const outbox = ofKind(items, 'outbox');
    expect(outbox.map((o) => (o.effect as { template: string }).template)).toEqual([
      'received',
      'approvalRequested',
      'approvalRequested',
      'approvalRequested',
    ]);
    expect(outbox.map((o) => (o.effect as { to: { email?: string } }).to.email)).toEqual([
      undefined,
      'experts1@hannover.example',
      'experts2@hannover.example',
      'experts3@hannover.example',
    ]);
    for (const o of outbox) {
      expect(o.sk).toMatch(new RegExp(`^SUB#${submission.id}#OUT#[0-9A-Z]{26}$`));
      expect(o.createdAt).toBe(submission.submittedAt);
      expect(o.expiresAt).toBe(Math.floor(Date.parse(submission.submittedAt) / 1000) + 30 * 86_400);
    }
  });

  it('asks no submitter when the submission carries no email address', async () => {
    const submission = await submit(definition, '');

    const outbox = ofKind(await itemsOf('wf-submit', submission.id), 'outbox');
    expect(outbox.map((o) => (o.effect as { template: string }).template)).toEqual([
      'approvalRequested',
      'approvalRequested',
      'approvalRequested',
    ]);
  });

  it('adds nothing when the same form is posted again', async () => {
    // Prepare
    const now = new Date(WHILE_OPEN.getTime() + 500);
    const _sid = await signedFormIdFor(definitions, 'wf-submit', now);
    const body = { _sid, name_choice: 'zusammen', email: 'olena@example.org' };
    const post = () =>
      submitAnswers(
        { repository, definitions, participationKeyring, now: () => now },
        { slug: 'wf-submit', body },
      );
    const first = await post();
    if (first.kind !== 'stored') throw new Error(first.kind);
    const before = await itemsOf('wf-submit', first.submission.id);
    // Act
    const again = await post();
    // Assess
    expect(again).toMatchObject({ kind: 'duplicate', submission: first.submission });
    expect(await itemsOf('wf-submit', first.submission.id)).toEqual(before);
    expect(before).toHaveLength(1 + 1 + 1 + 4);
  });

  it('reads the stored workflow back through the engine schemas', async () => {
    const submission = await submit(definition);

    const read = await repository.getSubmission('wf-submit', submission.id);

    expect(read?.workflow).toEqual(submission.workflow);
    expect(read?.workflow?.snapshot.stages.map((s) => s.id)).toEqual(['experts', 'steering']);
  });

  it('reports what a workflow submit costs, item by item', async () => {
    // Prepare: a twin of a stored submission, each item of its transaction sent alone
    const submission = await submit(definition);
    const twinId = newSubmissionId(new Date(WHILE_OPEN.getTime() + 900));
    const twin = { ...submission, id: twinId };
    const snapshot = submission.workflow?.snapshot;
    if (!snapshot) throw new Error('no workflow');
    const { effects } = start(snapshot, submission.submittedAt);
    // Act
    const units: { table: number; indexes: number }[] = [];
    for (const item of submitTransaction(TableName, twin, { 'name_choice#zusammen': 1 }, effects)) {
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
    // Assess: submission (with its snapshot), counter, reminder item + its gsi2 and gsi1 entries, 1 audit, 4 emails
    const total = units.reduce((n, u) => n + u.table + u.indexes, 0);
    console.info('workflow submit WCU per item', JSON.stringify(units), 'total', total);
    expect(units).toHaveLength(1 + 1 + 1 + 1 + 4);
    expect(units[0]?.indexes).toBe(0);
    // The index entries copy the small reminder item: their cost never grows with the submission's size.
    expect(units[2]).toEqual({ table: 2, indexes: 2 + 2 });
    expect(units.slice(3).every((u) => u.table === 2 && u.indexes === 0)).toBe(true);
    expect(await repository.getSubmission('wf-submit', twinId)).toBeDefined();
    expect(submissionKey('wf-submit', twinId).sk).toBe(`SUB#${twinId}`);
  });
});
