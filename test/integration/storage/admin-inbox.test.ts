import { QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { createAdminRepository, type SubmissionStateFilter } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { transitionItems } from '../../../shared/storage/workflow-items.ts';
import { recordDecision } from '../../../shared/submissions/decide.ts';
import { transition } from '../../../shared/workflow/engine.ts';
import {
  aConsultation,
  aConsultationWithWorkflow,
  aStage,
  WHILE_OPEN,
} from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';
import { workflowFixture } from '../workflow/workflow-fixture.ts';

const { client, TableName, repository, submit, itemsOf, ofKind } = workflowFixture();
const admin = createAdminRepository({ client, tableName: TableName });
afterAll(() => client.destroy());

// "experts": all three must approve; "steering": any one of two.
const flow = aConsultationWithWorkflow('adm-inbox');
const paging = aConsultationWithWorkflow('adm-inbox-pages');
const plain = aConsultation('adm-inbox-count');
beforeAll(async () => {
  for (const definition of [flow, paging, plain]) await repository.publishDefinition(definition);
});

const later = new Date(WHILE_OPEN.getTime() + 3_600_000);
const decide = (
  submission: Submission,
  stageId: 'experts' | 'steering',
  approver: string,
  decision: 'approve' | 'reject' | 'sendBack' = 'approve',
) =>
  recordDecision(
    { repository },
    {
      consultationId: submission.consultationId,
      submissionId: submission.id,
      stageId,
      round: stageId === 'experts' ? 1 : 2,
      approver,
      decision,
      ...(decision === 'approve' ? {} : { comment: 'Bitte überarbeiten' }),
      now: later,
    },
  );
const expertsApprove = async (submission: Submission) => {
  for (const n of [1, 2, 3]) await decide(submission, 'experts', `experts${n}@hannover.example`);
};

/** Every submission id listed for a filter, page by page (limit 2), newest first. */
async function listed(
  definition: Consultation,
  filter: SubmissionStateFilter,
  limit = 2,
): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await admin.listSubmissionsByState(definition.id, filter, { limit, cursor });
    if (page.kind !== 'page') throw new Error('bad cursor');
    pages.push(page.submissions.map((s) => s.id));
    cursor = page.cursor;
  } while (cursor);
  return pages;
}
const all = async (definition: Consultation, filter: SubmissionStateFilter) =>
  (await listed(definition, filter, 100)).flat();

describe('the submission count', () => {
  it('counts every stored submission once, over all shards', async () => {
    const stored: Submission[] = [];
    for (let i = 0; i < 12; i++) stored.push(await submit(plain));
    // A repeated post of one form is not a second submission.
    const repeat = stored[0];
    if (!repeat) throw new Error('nothing stored');
    await repository.putSubmissionOnce(repeat, { 'name_choice#zusammen': 1 });

    expect(await admin.submissionCount('adm-inbox-count')).toBe(12);
    expect(await admin.submissionCount('adm-inbox-nothing')).toBe(0);
  });
});

describe('the inbox by workflow state', () => {
  it('follows a submission from stage 1 to stage 2 to approved', async () => {
    // Prepare
    const submission = await submit(flow);
    const inExperts = { status: 'inStage', stageId: 'experts' } as const;
    const inSteering = { status: 'inStage', stageId: 'steering' } as const;
    const where = async () => ({
      experts: (await all(flow, inExperts)).includes(submission.id),
      steering: (await all(flow, inSteering)).includes(submission.id),
      inStage: (await all(flow, { status: 'inStage' })).includes(submission.id),
      approved: (await all(flow, { status: 'approved' })).includes(submission.id),
    });
    // Act and assess, step by step
    expect(await where()).toEqual({ experts: true, steering: false, inStage: true, approved: false });
    // One approval of three keeps it where it is (and leaves the reminder item alone).
    await decide(submission, 'experts', 'experts1@hannover.example');
    expect(await where()).toEqual({ experts: true, steering: false, inStage: true, approved: false });
    await decide(submission, 'experts', 'experts2@hannover.example');
    await decide(submission, 'experts', 'experts3@hannover.example');
    expect(await where()).toEqual({ experts: false, steering: true, inStage: true, approved: false });
    await decide(submission, 'steering', 'steering1@hannover.example');
    expect(await where()).toEqual({ experts: false, steering: false, inStage: false, approved: true });
    const [page] = await listed(flow, { status: 'approved' }, 100);
    const read = await admin.listSubmissionsByState(flow.id, { status: 'approved' }, { limit: 100 });
    expect(page).toContain(submission.id);
    expect(
      read.kind === 'page' && read.submissions.find((s) => s.id === submission.id)?.workflow?.state.status,
    ).toBe('approved');
  });

  it('lists exactly the submissions in a state and stage, newest first, page by page', async () => {
    // Prepare: five submissions; two move on to the steering group, one is sent back, one rejected
    const [s1, s2, s3, s4, s5, s6] = await Promise.all(Array.from({ length: 6 }, () => submit(paging)));
    if (!s1 || !s2 || !s3 || !s4 || !s5 || !s6) throw new Error('not stored');
    await expertsApprove(s2);
    await expertsApprove(s4);
    await decide(s3, 'experts', 'experts1@hannover.example', 'sendBack');
    await decide(s6, 'experts', 'experts2@hannover.example', 'reject');
    const newestFirst = (...s: Submission[]) =>
      s
        .map((x) => x.id)
        .sort()
        .reverse();
    // Act
    const inExperts = await listed(paging, { status: 'inStage', stageId: 'experts' });
    const inSteering = await listed(paging, { status: 'inStage', stageId: 'steering' });
    const inStage = await listed(paging, { status: 'inStage' });
    const sentBack = await listed(paging, { status: 'sentBack' });
    const rejected = await listed(paging, { status: 'rejected', stageId: 'experts' });
    const approved = await listed(paging, { status: 'approved' });
    // Assess: pages of two, no empty last page, nothing twice, nothing missing
    expect(inExperts).toEqual([newestFirst(s1, s5)]);
    expect(inSteering).toEqual([newestFirst(s2, s4)]);
    const [a, b, c, d] = newestFirst(s1, s2, s4, s5);
    expect(inStage).toEqual([
      [a, b],
      [c, d],
    ]);
    expect(sentBack).toEqual([[s3.id]]);
    expect(rejected).toEqual([[s6.id]]);
    expect(approved).toEqual([[]]);
  });

  it('pages through one stage among many submissions of another', async () => {
    // Prepare: 7 waiting in the expert stage, 3 of them moved on, then the rest is older and newer
    const submissions: Submission[] = [];
    for (let i = 0; i < 7; i++) submissions.push(await submit(paging));
    const moved = [submissions[1], submissions[4], submissions[6]].flatMap((s) => s ?? []);
    for (const s of moved) await expertsApprove(s);
    const before = (await all(paging, { status: 'inStage', stageId: 'steering' })).filter(
      (id) => !moved.some((s) => s.id === id),
    );
    // Act
    const pages = await listed(paging, { status: 'inStage', stageId: 'steering' }, 1);
    // Assess
    expect(pages.flat()).toEqual([
      ...moved
        .map((s) => s.id)
        .sort()
        .reverse(),
      ...before,
    ]);
    expect(pages.every((p) => p.length === 1)).toBe(true);
  });

  it('refuses a cursor of another filter or consultation, and a made-up one', async () => {
    await Promise.all([submit(flow), submit(flow)]);
    const first = await admin.listSubmissionsByState(flow.id, { status: 'inStage' }, { limit: 1 });
    if (first.kind !== 'page' || !first.cursor) throw new Error('expected a cursor');
    const cursor = first.cursor;

    const answers = await Promise.all([
      admin.listSubmissionsByState(flow.id, { status: 'approved' }, { limit: 1, cursor }),
      admin.listSubmissionsByState(flow.id, { status: 'inStage', stageId: 'experts' }, { limit: 1, cursor }),
      admin.listSubmissionsByState(paging.id, { status: 'inStage' }, { limit: 1, cursor }),
      admin.listSubmissionsByState(flow.id, { status: 'inStage' }, { limit: 1, cursor: 'bm9wZQ' }),
    ]);

    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ kind: 'badCursor' })));
    expect(
      (await admin.listSubmissionsByState(flow.id, { status: 'inStage' }, { limit: 1, cursor })).kind,
    ).toBe('page');
  });
});

describe('the scan budget of a stage filter', () => {
  it('reads a bounded number of Queries per page and continues the search with the cursor', async () => {
    // Prepare: the one submission at the steering stage is the oldest; 15 newer ones wait for the experts
    const definition = aConsultationWithWorkflow('adm-inbox-budget');
    await repository.publishDefinition(definition);
    const oldest = await submit(definition);
    await expertsApprove(oldest);
    for (let i = 0; i < 15; i++) await submit(definition);
    // Two Queries of three entries per call; every request of this repository is counted.
    const counted = localDynamoClient();
    const send = vi.spyOn(counted, 'send');
    const budgeted = createAdminRepository({
      client: counted,
      tableName: TableName,
      inboxScanBudget: { queries: 2, itemsPerQuery: 3 },
    });
    const inSteering = { status: 'inStage', stageId: 'steering' } as const;
    // Act: page by page, as the inbox's "Next page" does
    const pages: { ids: string[]; partial: boolean; queries: number }[] = [];
    let cursor: string | undefined;
    do {
      send.mockClear();
      const page = await budgeted.listSubmissionsByState(definition.id, inSteering, { limit: 25, cursor });
      if (page.kind !== 'page') throw new Error('bad cursor');
      const queries = send.mock.calls.filter(([command]) => command instanceof QueryCommand).length;
      pages.push({ ids: page.submissions.map((s) => s.id), partial: page.partial === true, queries });
      cursor = page.cursor;
      if (pages.length > 10) throw new Error('the cursor does not move on');
    } while (cursor);
    const unfiltered = await budgeted.listSubmissionsByState(
      definition.id,
      { status: 'inStage' },
      { limit: 5 },
    );
    counted.destroy();
    // Assess: 16 entries, 6 examined per call; the first pages find nothing but say so and go on
    expect(pages).toEqual([
      { ids: [], partial: true, queries: 2 },
      { ids: [], partial: true, queries: 2 },
      { ids: [oldest.id], partial: false, queries: 2 },
    ]);
    // Without a stage every entry matches: a full page, not a partial one.
    expect(unfiltered).toMatchObject({ kind: 'page', cursor: expect.any(String) });
    expect(unfiltered.kind === 'page' && unfiltered.submissions).toHaveLength(5);
    expect(unfiltered.kind === 'page' && unfiltered.partial).toBeUndefined();
  });

  it('refuses a budget that could not read anything', () => {
    expect(() =>
      createAdminRepository({
        client,
        tableName: TableName,
        inboxScanBudget: { queries: 0, itemsPerQuery: 3 },
      }),
    ).toThrow(RangeError);
  });
});

describe('the write cost of the inbox keys', () => {
  /** What each item of a step's transaction costs, sent on its own; the reminder item's figures. */
  async function reminderUnits(submission: Submission, event: Parameters<typeof transition>[2]) {
    const workflow = submission.workflow;
    if (!workflow) throw new Error('no workflow');
    const step = transition(workflow.snapshot, workflow.state, event);
    if (!step.ok) throw new Error(step.reason);
    const write = {
      consultationId: submission.consultationId,
      submissionId: submission.id,
      expectedVersion: workflow.state.version,
      previousState: workflow.state,
      snapshot: workflow.snapshot,
      expiresAt: submission.expiresAt,
      state: step.state,
      effects: step.effects,
      now: later,
    };
    const units: { sk: string; table: number; gsi1: number; gsi2: number }[] = [];
    for (const item of transitionItems(TableName, write)) {
      const { ConsumedCapacity } = await client.send(
        new TransactWriteItemsCommand({ TransactItems: [item], ReturnConsumedCapacity: 'INDEXES' }),
      );
      const [c] = ConsumedCapacity ?? [];
      const sk = item.Put?.Item?.sk?.S ?? item.Update?.Key?.sk?.S ?? '';
      const index = (name: string) => c?.GlobalSecondaryIndexes?.[name]?.CapacityUnits ?? 0;
      units.push({
        sk,
        table: c?.Table?.CapacityUnits ?? Number.NaN,
        gsi1: index('gsi1'),
        gsi2: index('gsi2'),
      });
    }
    // Nothing but the reminder item has index keys.
    expect(units.filter((u) => !u.sk.endsWith('#REM')).every((u) => u.gsi1 === 0 && u.gsi2 === 0)).toBe(true);
    const reminder = units.find((u) => u.sk.endsWith('#REM'));
    return reminder && { table: reminder.table, gsi1: reminder.gsi1, gsi2: reminder.gsi2 };
  }

  it('reports what the inbox keys add to a step that advances and to one that approves', async () => {
    // Prepare: one approver per stage, so each decision moves the submission on
    const definition = aConsultationWithWorkflow('adm-inbox-cost', [
      aStage('experts', 1),
      aStage('steering', 1),
    ]);
    await repository.publishDefinition(definition);
    const submission = await submit(definition);
    const decided = (stageId: string, approver: string) => ({
      type: 'decided' as const,
      stageId,
      approver,
      decision: 'approve' as const,
      at: later.toISOString(),
    });
    // Act: the advance (same status, new stage), then the approval (new status); each item sent on
    // its own is written, so after the first the submission is in the steering stage
    const advance = await reminderUnits(submission, decided('experts', 'experts1@hannover.example'));
    const inSteering = await repository.getSubmission(definition.id, submission.id);
    if (!inSteering) throw new Error('gone');
    const approve = await reminderUnits(inSteering, decided('steering', 'steering1@hannover.example'));
    // Assess: the gsi1 entry is rewritten in place for a new stage (2) and moves for a new status (4)
    console.info('reminder item WCU: advance', JSON.stringify(advance), 'approve', JSON.stringify(approve));
    expect(advance).toEqual({ table: 2, gsi1: 2, gsi2: 4 });
    expect(approve).toEqual({ table: 2, gsi1: 4, gsi2: 2 });
    const [stored] = ofKind(await itemsOf(definition.id, submission.id), 'reminder');
    expect(stored).toMatchObject({ gsi1pk: 'CONS#adm-inbox-cost#WF#approved', gsi1sk: submission.id });
    expect(stored?.stageId).toBeUndefined();
  });
});
