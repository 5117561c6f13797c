import { TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import type { Repository } from '../../../shared/storage/repository-types.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { transitionItems } from '../../../shared/storage/workflow-items.ts';
import { recordDecision } from '../../../shared/submissions/decide.ts';
import { sendDueReminders } from '../../../shared/submissions/reminders.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { transition } from '../../../shared/workflow/engine.ts';
import { aConsultationWithWorkflow, aStage } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { countSends } from '../../support/local-aws.ts';
import { workflowFixture } from '../workflow/workflow-fixture.ts';

const { client, TableName, repository, itemsOf, ofKind } = workflowFixture();
const sends = countSends(client);

/*
 * Time window: other test files share the table and submit from 2026-06-15 on (or at the real
 * time) with reminders after 3 days. These submissions are from 2 January with reminders after one
 * day, so every sweep here (before 5 January) can only find the ones of this file.
 */
const T0 = Date.parse('2026-01-02T09:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0 + ms);

// Experts: all three must approve; reminders one day after the stage was entered (or last reminder).
const definition = aConsultationWithWorkflow('remind-sweep', [
  aStage('experts', 3, { rule: 'all', remindAfterDays: 1 }),
  aStage('steering', 2, { remindAfterDays: 1 }),
]);
const definitions = createDefinitionCache(repository, { ttlSeconds: 60 });
let tick = 0;

async function submit(): Promise<Submission> {
  const now = at(++tick);
  const _sid = await signedFormIdFor(definitions, definition.slug, now);
  const body = { _sid, name_choice: 'zusammen', email: 'amira@example.org' };
  const outcome = await submitAnswers(
    { repository, definitions, participationKeyring, now: () => now },
    { slug: definition.slug, body },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

async function decide(submission: Submission, approver: string, decision: 'approve' | 'reject' | 'sendBack') {
  const outcome = await recordDecision(
    { repository },
    {
      consultationId: 'remind-sweep',
      submissionId: submission.id,
      stageId: 'experts',
      round: 1,
      approver,
      decision,
      ...(decision === 'approve' ? {} : { comment: 'Bitte Kosten ergänzen' }),
      now: at(HOUR),
    },
  );
  if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
}

/** The reminder emails stored for a submission, as [recipient, round] pairs, in outbox order. */
async function remindersOf(submission: Submission): Promise<[string | undefined, unknown][]> {
  const outbox = ofKind(await itemsOf('remind-sweep', submission.id), 'outbox');
  return outbox
    .map((o) => o.effect as { template: string; to: { email?: string }; round?: number })
    .filter((effect) => effect.template === 'reminder')
    .map((effect) => [effect.to.email, effect.round]);
}

const sweep = (now: Date) => sendDueReminders({ repository }, { now, limit: 1000 });

let waiting: Submission;
let partlyDecided: Submission;
let sentBack: Submission;
let rejected: Submission;
beforeAll(async () => {
  await repository.publishDefinition(definition);
  waiting = await submit();
  partlyDecided = await submit();
  sentBack = await submit();
  rejected = await submit();
  await decide(partlyDecided, 'experts1@hannover.example', 'approve');
  await decide(sentBack, 'experts2@hannover.example', 'sendBack');
  await decide(rejected, 'experts3@hannover.example', 'reject');
});
afterAll(() => client.destroy());

describe('the reminder sweep', () => {
  it('reminds nobody before the stage has waited its reminder period', async () => {
    expect(await sweep(at(DAY - HOUR))).toEqual({ reminded: 0, skipped: 0, more: false });
    expect(await remindersOf(waiting)).toEqual([]);
  });

  it('reminds each pending approver once, and only them, once the period is over', async () => {
    // Act
    const first = await sweep(at(DAY + 60_000));
    // Assess
    expect(first).toEqual({ reminded: 2, skipped: 0, more: false });
    expect(await remindersOf(waiting)).toEqual([
      ['experts1@hannover.example', 1],
      ['experts2@hannover.example', 1],
      ['experts3@hannover.example', 1],
    ]);
    expect(await remindersOf(partlyDecided)).toEqual([
      ['experts2@hannover.example', 1],
      ['experts3@hannover.example', 1],
    ]);
    const history = await repository.getSubmissionHistory('remind-sweep', waiting.id);
    expect(history?.events.map((e) => e.event)).toEqual(['submitted', 'reminded']);
    expect(history?.submission.workflow?.state).toMatchObject({
      status: 'inStage',
      version: 2,
      remindedAt: at(DAY + 60_000).toISOString(),
    });
  });

  it('adds nothing when it runs again within the same interval', async () => {
    const before = await itemsOf('remind-sweep', waiting.id);

    expect(await sweep(at(DAY + 2 * HOUR))).toEqual({ reminded: 0, skipped: 0, more: false });
    expect(await sweep(at(2 * DAY))).toEqual({ reminded: 0, skipped: 0, more: false });

    expect(await itemsOf('remind-sweep', waiting.id)).toEqual(before);
  });

  it('reminds the still pending approvers once more after another interval', async () => {
    expect(await sweep(at(2 * DAY + 2 * 60_000))).toEqual({ reminded: 2, skipped: 0, more: false });

    expect(await remindersOf(waiting)).toHaveLength(6);
    expect(await remindersOf(partlyDecided)).toEqual([
      ['experts2@hannover.example', 1],
      ['experts3@hannover.example', 1],
      ['experts2@hannover.example', 1],
      ['experts3@hannover.example', 1],
    ]);
  });

  it('never reminds about a submission that was sent back or has its final decision', async () => {
    await sweep(at(3 * DAY + HOUR));

    expect(await remindersOf(sentBack)).toEqual([]);
    expect(await remindersOf(rejected)).toEqual([]);
    for (const submission of [sentBack, rejected]) {
      const [reminderItem] = ofKind(await itemsOf('remind-sweep', submission.id), 'reminder');
      expect(reminderItem?.gsi2pk).toBeUndefined();
    }
  });

  it('skips a stale queue entry: the engine refuses a reminder that is not due yet', async () => {
    // Prepare: the queue as an index read just before the last reminder would still show it
    const submission = await submit();
    await sweep(at(DAY + 5 * 60_000));
    const before = await itemsOf('remind-sweep', submission.id);
    const stale: Pick<Repository, 'listDueReminders'> = {
      listDueReminders: async () => [
        { consultationId: 'remind-sweep', submissionId: submission.id, dueAt: at(DAY).toISOString() },
      ],
    };
    // Act
    const result = await sendDueReminders(
      { repository: { ...repository, ...stale } },
      { now: at(DAY + 10 * 60_000), limit: 10 },
    );
    // Assess
    expect(result).toEqual({ reminded: 0, skipped: 1, more: false });
    expect(await itemsOf('remind-sweep', submission.id)).toEqual(before);
  });

  it('skips a submission another step changed since it was read; the next sweep sees it again', async () => {
    // Prepare: the sweep reads the submission, then an approver decides before its write
    const submission = await submit();
    const read = await repository.getSubmission('remind-sweep', submission.id);
    await decide(submission, 'experts1@hannover.example', 'approve');
    const racing: Pick<Repository, 'getSubmission'> = { getSubmission: async () => read };
    // Act
    const raced = await sendDueReminders(
      { repository: { ...repository, ...racing } },
      { now: at(DAY + 20 * 60_000), limit: 1000 },
    );
    const next = await sweep(at(DAY + 20 * 60_000));
    // Assess
    expect(raced.skipped).toBe(1);
    expect(next.reminded).toBe(1);
    expect(await remindersOf(submission)).toEqual([
      ['experts2@hannover.example', 1],
      ['experts3@hannover.example', 1],
    ]);
  });

  it('reads the queue with Queries and each submission by key: no scan', async () => {
    const submission = await submit();
    // Prepare: `sends` counts every command of the fixture's client, which the repository uses
    const before = ['Query', 'GetItem', 'TransactWriteItems'].map((c) => sends.of(`${c}Command`));
    const totalBefore = sends.total();

    const result = await sweep(at(DAY + 30 * 60_000));

    expect(result.reminded).toBe(1);
    const after = ['Query', 'GetItem', 'TransactWriteItems'].map((c) => sends.of(`${c}Command`));
    const [queries, gets, transactions] = after.map((n, i) => n - (before[i] ?? 0));
    // One Query per reminder shard, one read and one transaction for the submission.
    expect([queries, gets, transactions]).toEqual([4, 1, 1]);
    expect(sends.total() - totalBefore).toBe(6);
    expect(sends.of('ScanCommand')).toBe(0);
    expect(await remindersOf(submission)).toHaveLength(3);
  });

  it('is what the scheduled function runs, with the clock of the moment', async () => {
    vi.stubEnv('TABLE_NAME', 'unused-by-this-test');
    const { createRemindersHandler } = await import('../../../functions/reminders/handler.ts');
    const submission = await submit();
    const handler = createRemindersHandler({ repository, now: () => at(DAY + 40 * 60_000) });
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});

    const result = await handler({}, { awsRequestId: 'local' } as never);

    expect(result).toEqual({ reminded: 1, skipped: 0, more: false });
    expect(JSON.parse(String(log.mock.calls[0]?.[0]))).toMatchObject({ level: 'INFO', reminded: 1 });
    expect(await remindersOf(submission)).toHaveLength(3);
    vi.unstubAllEnvs();
    log.mockRestore();
  });
});

describe('the write cost of a reminder', () => {
  it('reports what one reminder step costs, item by item', async () => {
    // Prepare: the reminder step of a waiting submission, each item of its transaction sent alone
    const submission = await submit();
    const workflow = submission.workflow;
    if (!workflow) throw new Error('no workflow');
    const now = at(DAY + 50 * 60_000);
    const step = transition(workflow.snapshot, workflow.state, {
      type: 'reminderDue',
      stageId: 'experts',
      at: now.toISOString(),
    });
    if (!step.ok) throw new Error(step.reason);
    const items = transitionItems(TableName, {
      consultationId: 'remind-sweep',
      submissionId: submission.id,
      expectedVersion: workflow.state.version,
      previousState: workflow.state,
      snapshot: workflow.snapshot,
      expiresAt: submission.expiresAt,
      state: step.state,
      effects: step.effects,
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
    // Assess: submission update, reminder item moved in gsi2, one audit event, three emails
    const total = units.reduce((n, u) => n + u.table + u.indexes, 0);
    console.info('reminder step WCU per item', JSON.stringify(units), 'total', total);
    expect(units).toHaveLength(1 + 1 + 1 + 3);
    expect(units[0]?.indexes).toBe(0);
    expect(units[1]?.table).toBe(2);
    expect(units.slice(2).every((u) => u.table === 2 && u.indexes === 0)).toBe(true);
  });
});
