import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { monotonicFactory } from 'ulid';
import { reminderDueAt } from '../workflow/engine.ts';
import type { Effect, WorkflowSnapshot, WorkflowState } from '../workflow/types.ts';
import { toItem } from './codec.ts';
import {
  auditEventKey,
  decisionKey,
  type InboxStatus,
  inboxIndexKeys,
  normalApprover,
  outboxKey,
  reminderIndexKeys,
  reminderKey,
  submissionKey,
} from './keys.ts';
import { OUTBOX_RETENTION_DAYS, type OutboxItem } from './outbox.ts';
import type { TransitionWrite } from './repository-types.ts';
import type { RecordedDecision } from './types.ts';

/**
 * The items a workflow step writes besides the submission: its audit events and outbox emails, the
 * single-use decision marker, and the submission's reminder-queue item. Pure builders; the
 * repository sends them in one TransactWriteItems.
 */

/** DynamoDB's limit of items in one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

/** A workflow step that would need more items than one transaction may hold: a bug in the definition's size checks. */
export class TransactionTooLargeError extends Error {
  override name = 'TransactionTooLargeError';
}

/** Throws TransactionTooLargeError unless `items` fit in one transaction. */
export function assertFitsOneTransaction(items: readonly TransactWriteItem[], what: string): void {
  if (items.length > MAX_TRANSACTION_ITEMS) {
    throw new TransactionTooLargeError(
      `${what} needs ${items.length} items in one transaction; DynamoDB allows ${MAX_TRANSACTION_ITEMS}` +
        ' (too many approvers in one stage?)',
    );
  }
}

// Monotonic: the outbox ids of one step sort in the order the engine listed its emails.
const nextOutboxId = monotonicFactory();
const DAY_SECONDS = 86_400;

/** What a step's audit events and emails are written with. */
export interface StepContext {
  consultationId: string;
  submissionId: string;
  /** The state's version after the step. */
  version: number;
  /** The submission's expiresAt: its audit trail is personal history and goes with it. */
  expiresAt: number;
  now: Date;
}

/** A Put per audit effect and per email effect of a step, in the engine's order. */
export function effectItems(
  TableName: string,
  effects: readonly Effect[],
  step: StepContext,
): TransactWriteItem[] {
  const { consultationId, submissionId, version, expiresAt, now } = step;
  const createdAt = now.toISOString();
  const items: TransactWriteItem[] = [];
  effects.forEach((effect, index) => {
    if (effect.type === 'audit') {
      const { type: _type, ...fields } = effect;
      const key = auditEventKey(consultationId, submissionId, { at: effect.at, version, index });
      const item = { ...key, kind: 'audit', ...fields, consultationId, submissionId, version, expiresAt };
      items.push({ Put: { TableName, Item: toItem(item), ConditionExpression: 'attribute_not_exists(pk)' } });
      return;
    }
    const outbox: OutboxItem = {
      kind: 'outbox',
      consultationId,
      submissionId,
      effect,
      createdAt,
      expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_DAYS * DAY_SECONDS,
    };
    const key = outboxKey(consultationId, submissionId, nextOutboxId(now.getTime()));
    items.push({ Put: { TableName, Item: toItem({ ...key, ...outbox }) } });
  });
  return items;
}

/** The decision marker Put: fails (ConditionalCheckFailed) when this approver already decided this round. */
export function decisionMarkerItem(
  TableName: string,
  ref: { consultationId: string; submissionId: string; expiresAt: number },
  decision: RecordedDecision,
): TransactWriteItem {
  const { consultationId, submissionId, expiresAt } = ref;
  const recorded = { ...decision, approver: normalApprover(decision.approver) };
  return {
    Put: {
      TableName,
      Item: toItem({
        ...decisionKey(consultationId, submissionId, recorded),
        kind: 'decision',
        consultationId,
        submissionId,
        ...recorded,
        expiresAt,
      }),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The GSI2 keys of the reminder queue while the state waits for approvers, else undefined. */
export function reminderKeysFor(
  ref: { consultationId: string; submissionId: string },
  snapshot: WorkflowSnapshot,
  state: WorkflowState,
): { gsi2pk: string; gsi2sk: string } | undefined {
  const due = reminderDueAt(snapshot, state);
  return due === undefined ? undefined : reminderIndexKeys(ref.consultationId, ref.submissionId, due);
}

/**
 * Where a state shows up in the submissions inbox by state (GSI1): its status, and its stage when it
 * has one (inStage, sentBack, rejected).
 */
export function inboxPlace(state: WorkflowState): { status: InboxStatus; stageId?: string } {
  return state.status === 'approved'
    ? { status: state.status }
    : { status: state.status, stageId: state.stageId };
}

/**
 * The Put of a submission's reminder item (`SUB#<ulid>#REM`) for `state`: with the GSI2 keys while it
 * waits for approvers, without them (so it leaves the queue) otherwise; always with the GSI1 keys of
 * the inbox by state (its status, newest first) and the `stageId` to narrow that list by. A Put rather
 * than a Delete keeps the functions that step workflows free of DeleteItem. Unconditional: it is only
 * written in the transaction that writes the submission, whose own condition guards both.
 */
export function reminderItem(
  TableName: string,
  ref: { consultationId: string; submissionId: string; expiresAt: number },
  snapshot: WorkflowSnapshot,
  state: WorkflowState,
): TransactWriteItem {
  const { consultationId, submissionId, expiresAt } = ref;
  const keys = reminderKeysFor(ref, snapshot, state);
  const { status, stageId } = inboxPlace(state);
  // expiresAt: TTL removes it together with the submission it points to.
  const item = {
    ...reminderKey(consultationId, submissionId),
    kind: 'reminder',
    consultationId,
    submissionId,
    ...keys,
    ...inboxIndexKeys(consultationId, submissionId, status),
    stageId,
    expiresAt,
  };
  return { Put: { TableName, Item: toItem(item) } };
}

/** Index of the submission Update and (when present) of the decision marker in transitionItems. */
export const TRANSITION_SUBMISSION_ITEM = 0;
export const TRANSITION_DECISION_ITEM = 1;

/**
 * The transaction of one workflow step: the submission's new state (conditional on the version read),
 * the decision marker, the reminder item (put anew unless the due time stayed the same), the audit events and the outbox.
 */
export function transitionItems(TableName: string, write: TransitionWrite): TransactWriteItem[] {
  const { consultationId, submissionId, state, snapshot, expiresAt, now } = write;
  const values: Record<string, unknown> = { ':state': state, ':expected': write.expectedVersion };
  const set = ['#wf.#state = :state'];
  if (write.answers) {
    set.push('answers = :answers', 'personal = :personal');
    values[':answers'] = write.answers.answers;
    values[':personal'] = write.answers.personal;
  }
  const items: TransactWriteItem[] = [
    {
      Update: {
        TableName,
        Key: toItem({ ...submissionKey(consultationId, submissionId) }),
        UpdateExpression: `SET ${set.join(', ')}`,
        ConditionExpression: '#wf.#state.#version = :expected',
        ExpressionAttributeNames: { '#wf': 'workflow', '#state': 'state', '#version': 'version' },
        ExpressionAttributeValues: toItem(values),
      },
    },
  ];
  if (write.decision) {
    const at = now.toISOString();
    items.push(
      decisionMarkerItem(TableName, { consultationId, submissionId, expiresAt }, { ...write.decision, at }),
    );
  }
  if (reminderChanges(write)) {
    items.push(reminderItem(TableName, { consultationId, submissionId, expiresAt }, snapshot, state));
  }
  const step = { consultationId, submissionId, version: state.version, expiresAt, now };
  items.push(...effectItems(TableName, write.effects, step));
  assertFitsOneTransaction(items, `The workflow step of submission ${submissionId}`);
  return items;
}

/**
 * Whether the step rewrites the reminder item: always when the state before it is unknown; otherwise
 * when the due time differs or the submission's place in the inbox (status or stage) does. An
 * approval that leaves the stage waiting changes neither, and saves the write.
 */
export function reminderChanges(
  write: Pick<TransitionWrite, 'previousState' | 'snapshot' | 'state'>,
): boolean {
  const { previousState, snapshot, state } = write;
  if (!previousState) return true;
  const before = inboxPlace(previousState);
  const after = inboxPlace(state);
  return (
    reminderDueAt(snapshot, previousState) !== reminderDueAt(snapshot, state) ||
    before.status !== after.status ||
    before.stageId !== after.stageId
  );
}
