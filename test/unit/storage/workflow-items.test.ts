import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditEventKey,
  decisionKey,
  outboxKey,
  parseOutboxKey,
  parseReminderSortKey,
  REMINDER_SHARD_COUNT,
  reminderIndexKeys,
  reminderKey,
  submissionKey,
} from '../../../shared/storage/keys.ts';
import { outboxItemSchema } from '../../../shared/storage/outbox.ts';
import {
  reminderChanges,
  reminderItem,
  TransactionTooLargeError,
  transitionItems,
} from '../../../shared/storage/workflow-items.ts';
import { newSubmissionId } from '../../../shared/submissions/ids.ts';
import { reminderDueAt, start, transition } from '../../../shared/workflow/engine.ts';
import type { WorkflowState } from '../../../shared/workflow/types.ts';
import { decided, run, snapshot, stage, twoStages } from '../workflow/factory.ts';

const id = newSubmissionId(new Date('2026-06-15T10:00:00Z'));
const outboxId = newSubmissionId(new Date('2026-06-15T10:00:01Z'));

describe('keys of a submission’s workflow items', () => {
  it('keeps every item in the submission’s partition under its sort-key prefix', () => {
    const { pk, sk } = submissionKey('wir-sind-hannover', id);
    const keys = [
      auditEventKey('wir-sind-hannover', id, { at: '2026-06-15T10:00:00.000Z', version: 1, index: 0 }),
      outboxKey('wir-sind-hannover', id, outboxId),
      reminderKey('wir-sind-hannover', id),
      decisionKey('wir-sind-hannover', id, {
        stageId: 'experts',
        round: 1,
        approver: ' A1@Hannover.example',
      }),
    ];

    for (const key of keys) {
      expect(key.pk).toBe(pk);
      expect(key.sk.startsWith(`${sk}#`)).toBe(true);
    }
    expect(keys[2]?.sk).toBe(`SUB#${id}#REM`);
    expect(keys[3]?.sk).toBe(`SUB#${id}#DEC#experts#1#a1@hannover.example`);
  });

  it('orders the audit events of one moment by version, then by their place in the step', () => {
    const key = (version: number, index: number) =>
      auditEventKey('c', id, { at: '2026-06-15T10:00:00.000Z', version, index }).sk;

    const keys = [key(10, 0), key(2, 11), key(2, 3), key(1, 0)];

    expect([...keys].sort()).toEqual([key(1, 0), key(2, 3), key(2, 11), key(10, 0)]);
  });

  it('parses the outbox keys it builds and nothing else', () => {
    const key = outboxKey('wir-sind-hannover', id, outboxId);

    expect(parseOutboxKey(key)).toEqual({ consultationId: 'wir-sind-hannover', submissionId: id, outboxId });
    expect(parseOutboxKey(submissionKey('wir-sind-hannover', id))).toBeUndefined();
    expect(parseOutboxKey({ ...key, pk: key.pk.replace(/#\d$/, '#9') })).toBeUndefined();
    expect(parseOutboxKey({ ...key, sk: `${key.sk.slice(0, -1)}!` })).toBeUndefined();
    expect(
      parseOutboxKey(decisionKey('wir-sind-hannover', id, { stageId: 'a', round: 1, approver: 'x@y.z' })),
    ).toBeUndefined();
  });

  it('spreads reminders over the shards and reads back what it wrote', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (d) => {
          const sid = newSubmissionId(d);
          const { gsi2pk, gsi2sk } = reminderIndexKeys('wir-sind-hannover', sid, d.toISOString());
          expect(gsi2pk).toMatch(new RegExp(`^REMIND#[0-${REMINDER_SHARD_COUNT - 1}]$`));
          expect(parseReminderSortKey(gsi2sk)).toEqual({
            consultationId: 'wir-sind-hannover',
            submissionId: sid,
            dueAt: d.toISOString(),
          });
        },
      ),
    );
  });
});

describe('the outbox item schema', () => {
  it('accepts every email the engine produces', () => {
    // `all`: one rejection or send-back decides, so single decisions reach every outcome.
    const snap = snapshot([
      stage('experts', 2, { rule: 'all', onReject: 'end' }),
      stage('steering', 2, { rule: 'all', onReject: { returnTo: 'experts' } }),
    ]);
    const steps = [
      start(snap, '2026-12-01T09:00:00.000Z').effects,
      run(
        snap,
        decided('experts', 'experts1@hannover.example'),
        decided('experts', 'experts2@hannover.example'),
      ).effects,
      run(
        snap,
        decided('experts', 'experts1@hannover.example'),
        decided('experts', 'experts2@hannover.example'),
        decided('steering', 'steering1@hannover.example', 'reject', 'Nein'),
      ).effects,
      run(snap, decided('experts', 'experts1@hannover.example', 'sendBack', 'Bitte ergänzen')).effects,
      run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).effects,
      run(
        snap,
        decided('experts', 'experts1@hannover.example'),
        decided('experts', 'experts2@hannover.example'),
        decided('steering', 'steering1@hannover.example'),
        decided('steering', 'steering2@hannover.example'),
      ).effects,
      (() => {
        const s = start(snap, '2026-12-01T09:00:00.000Z');
        const step = transition(snap, s.state, {
          type: 'reminderDue',
          stageId: 'experts',
          at: '2026-12-05T09:00:00.000Z',
        });
        return step.ok ? step.effects : [];
      })(),
    ];
    const emails = steps.flat().filter((e) => e.type === 'email');
    const templates = new Set(emails.map((e) => e.template));

    for (const effect of emails) {
      const item = {
        kind: 'outbox',
        consultationId: 'c',
        submissionId: id,
        effect,
        createdAt: 'x',
        expiresAt: 1,
      };
      expect(outboxItemSchema.parse({ ...item, pk: 'p', sk: 's' })).toEqual(item);
    }
    expect(templates.size).toBe(9);
  });

  it('refuses an effect the engine would not produce', () => {
    const item = {
      kind: 'outbox',
      consultationId: 'c',
      submissionId: id,
      effect: { type: 'email', template: 'approved', to: { kind: 'approver' } },
      createdAt: 'x',
      expiresAt: 1,
    };

    expect(outboxItemSchema.safeParse(item).success).toBe(false);
  });
});

describe('the transaction of a workflow step', () => {
  const snap = twoStages();
  const started = start(snap, '2026-12-01T09:00:00.000Z');
  const write = {
    consultationId: 'c',
    submissionId: id,
    expectedVersion: 1,
    snapshot: snap,
    expiresAt: 1,
    state: started.state,
    effects: started.effects,
    now: new Date('2026-12-01T09:00:00.000Z'),
  };

  const reminderPut = (items: ReturnType<typeof transitionItems>) =>
    items.find((item) => item.Put?.Item?.sk?.S === `SUB#${id}#REM`)?.Put?.Item;

  it('takes the reminder item out of the queue when the submission no longer waits for approvers', () => {
    const done = run(
      snap,
      ...[1, 2, 3].map((n) => decided('experts', `experts${n}@hannover.example`, 'reject', 'Nein')),
    );

    const items = transitionItems('t', { ...write, state: done.state, effects: done.effects });

    const [update] = items;
    expect(update?.Update?.UpdateExpression).toBe('SET #wf.#state = :state');
    expect(update?.Update?.ConditionExpression).toBe('#wf.#state.#version = :expected');
    const reminder = reminderPut(items);
    expect(reminder?.kind?.S).toBe('reminder');
    expect(reminder?.gsi2pk).toBeUndefined();
    expect(reminder?.gsi2sk).toBeUndefined();
    // Only Puts and Updates: the functions that step workflows hold no DeleteItem.
    expect(items.every((item) => item.Put || item.Update)).toBe(true);
  });

  it('moves the reminder item to the new due time when the step changes it', () => {
    const reminded = transition(snap, started.state, {
      type: 'reminderDue',
      stageId: 'experts',
      at: '2026-12-05T09:00:00.000Z',
    });
    if (!reminded.ok) throw new Error(reminded.reason);

    const items = transitionItems('t', {
      ...write,
      previousState: started.state,
      state: reminded.state,
      effects: reminded.effects,
    });

    expect(reminderPut(items)?.gsi2sk?.S).toBe(`2026-12-08T09:00:00.000Z#c#${id}`);
  });

  it('leaves the reminder item alone when a decision keeps the due time', () => {
    const all = snapshot([stage('experts', 3, { rule: 'all' })]);
    const begun = start(all, '2026-12-01T09:00:00.000Z');
    const approved = transition(all, begun.state, {
      type: 'decided',
      stageId: 'experts',
      approver: 'experts1@hannover.example',
      decision: 'approve',
      at: '2026-12-02T09:00:00.000Z',
    });
    if (!approved.ok) throw new Error(approved.reason);
    const step = { ...write, snapshot: all, state: approved.state, effects: approved.effects };

    expect(reminderPut(transitionItems('t', { ...step, previousState: begun.state }))).toBeUndefined();
    // Without the state read, it cannot know, and writes it anew.
    expect(reminderPut(transitionItems('t', step))).toBeDefined();
  });

  it('refuses a step that does not fit in one transaction', () => {
    const many = Array.from({ length: 100 }, () => started.effects).flat();

    expect(() => transitionItems('t', { ...write, effects: many })).toThrow(TransactionTooLargeError);
  });
});

describe('the inbox keys of the reminder item', () => {
  const snap = twoStages();
  const ref = { consultationId: 'c', submissionId: id, expiresAt: 1 };
  const enteredAt = '2026-12-01T09:00:00.000Z';
  const inExperts = {
    status: 'inStage',
    version: 1,
    stageId: 'experts',
    round: 1,
    decisions: {},
    enteredAt,
  } as const;
  // Entered at the same instant with the same reminder period: the due time does not move.
  const inSteering = { ...inExperts, version: 2, stageId: 'steering', round: 2 } as const;

  it('files each state under its status, newest first, with the stage to narrow by', () => {
    const put = (state: WorkflowState) => reminderItem('t', ref, snap, state).Put?.Item;
    const approved = { status: 'approved', version: 3, at: enteredAt } as const;
    const sentBack = {
      status: 'sentBack',
      version: 2,
      stageId: 'experts',
      round: 1,
      comment: 'x',
      at: enteredAt,
    } as const;

    expect(put(inExperts)).toMatchObject({
      gsi1pk: { S: 'CONS#c#WF#inStage' },
      gsi1sk: { S: id },
      stageId: { S: 'experts' },
    });
    expect(put(sentBack)).toMatchObject({ gsi1pk: { S: 'CONS#c#WF#sentBack' }, stageId: { S: 'experts' } });
    expect(put(approved)?.gsi1pk).toEqual({ S: 'CONS#c#WF#approved' });
    expect(put(approved)?.stageId).toBeUndefined();
  });

  it('rewrites the reminder item when the stage changes, even with the same due time', () => {
    expect(reminderDueAt(snap, inSteering)).toBe(reminderDueAt(snap, inExperts));

    expect(reminderChanges({ snapshot: snap, previousState: inExperts, state: inSteering })).toBe(true);
  });

  it('rewrites it when only the status changes', () => {
    const sentBack = {
      status: 'sentBack',
      version: 2,
      stageId: 'experts',
      round: 1,
      comment: 'x',
      at: enteredAt,
    } as const;
    const rejected = {
      status: 'rejected',
      version: 3,
      stageId: 'experts',
      comment: 'x',
      at: enteredAt,
    } as const;

    expect(reminderChanges({ snapshot: snap, previousState: sentBack, state: rejected })).toBe(true);
  });

  it('leaves it alone when neither the due time nor the place in the inbox changes', () => {
    const oneApproved = {
      ...inExperts,
      version: 2,
      decisions: { 'experts1@hannover.example': { decision: 'approve', at: enteredAt } },
    } as const;

    expect(reminderChanges({ snapshot: snap, previousState: inExperts, state: oneApproved })).toBe(false);
  });
});
