import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import type { Answers } from '../answers/types.ts';
import { localeSchema } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Effect } from '../workflow/types.ts';
import { type Item, parseStoredItem, submissionFromItem, toItem } from './codec.ts';
import {
  mailCapKey,
  PENDING_COUNTER,
  pendingKey,
  SUBMISSION_TOTAL_COUNTER,
  shardOf,
  submissionKey,
  voterKey,
} from './keys.ts';
import type { CounterIncrements } from './repository-types.ts';
import {
  conditionFailed,
  getItem,
  setOnce,
  type TableAccess,
  type TransactionOutcome,
  writeTransaction,
} from './table-access.ts';
import { counterUpdate, SUBMIT_COUNTER_ITEM, submitTransaction } from './transactions.ts';
import type { Submission } from './types.ts';

/*
 * Email double opt-in (README.md, "Pending answers"). A pending answer waits in an item of its own
 * until the resident confirms the link mailed to them; only then does the submission exist, count,
 * start its workflow and send its copy, all in one transaction.
 */

/** An answer waiting for its email confirmation, as stored (the address and answers go at confirmation). */
export interface PendingAnswer {
  consultationId: string;
  submissionId: string;
  reference: string;
  definitionVersion: string;
  locale: Locale;
  submittedAt: string;
  /** Every validated answer, personal ones included; removed when confirmed. */
  answers?: Answers;
  copyRequested: boolean;
  /** Where the confirmation link goes; removed when confirmed. */
  email?: string;
  /** HMAC of the normalized address (shared/participation/person.ts). */
  voter: string;
  status: 'pending' | 'confirmed';
  /** Epoch seconds: TTL, and the end of the confirmation link's life. */
  expiresAt: number;
  linkSentAt?: string;
  confirmedAt?: string;
}

const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const pendingSchema = z.object({
  consultationId: z.string(),
  submissionId: z.string(),
  reference: z.string(),
  definitionVersion: z.string(),
  locale: localeSchema,
  submittedAt: z.string(),
  answers: z.record(z.string(), answerValue).optional(),
  copyRequested: z.boolean(),
  email: z.string().optional(),
  voter: z.string(),
  status: z.enum(['pending', 'confirmed']),
  expiresAt: z.number().int(),
  linkSentAt: z.string().optional(),
  confirmedAt: z.string().optional(),
});

/** Parses a pending answer item. */
export function pendingFromItem(item: Item): PendingAnswer {
  return parseStoredItem(pendingSchema, item, 'pending answer');
}

/** The caps a confirmation mail is counted against (all by the address's HMAC). */
export interface MailCaps {
  person: string;
  /** UTC day `YYYY-MM-DD` and hour `YYYY-MM-DDTHH` of the request. */
  day: string;
  hour: string;
  perDay: number;
  perConsultationHour: number;
  /** Epoch seconds when the day's cap item may go (TTL). */
  expiresAt: number;
}

export type PutPendingResult =
  | { kind: 'stored' }
  | { kind: 'duplicate'; existing: PendingAnswer }
  /** A cap is reached: nothing was stored, no mail goes out. */
  | { kind: 'capped' }
  /** The id was confirmed and its pending item has expired meanwhile: the submission exists. */
  | { kind: 'submitted'; submission: Submission };

/** One confirmation as the confirm transaction writes it. */
export interface ConfirmWrite {
  pending: PendingAnswer;
  /** The submission to create (as today's submit builds it) and what it adds to the counters. */
  submission: Submission;
  counters: CounterIncrements;
  effects: readonly Effect[];
  now: Date;
  /** With onePerPerson: the marker to write, and the vote it replaces (changeVote: replace). */
  voter?: {
    person: string;
    expiresAt: number;
    /** The marker's submission so far; `counted` false when it is gone (retention) or superseded already. */
    replaces?: { submissionId: string; counters: CounterIncrements; counted: boolean };
  };
}

export type ConfirmResult =
  | { kind: 'confirmed' }
  /** The pending item is no longer pending (confirmed before, or expired): nothing changed. */
  | { kind: 'notPending' }
  /** onePerPerson: this person's marker exists (refuse), or changed since it was read (replace). */
  | { kind: 'voterTaken' }
  /**
   * The id is a submission already (its form was posted, and stored, before the consultation asked
   * for confirmation): nothing changed, the answer counts once as it is.
   */
  | { kind: 'submitted' };

/** What the confirmation of pending answers reads and writes; part of createRepository. */
export interface PendingAccess {
  /** Stores a pending answer with its cap counts and the pending counter, unless its id exists or a cap is reached. */
  putPendingOnce(pending: PendingAnswer, caps: MailCaps): Promise<PutPendingResult>;
  /** A pending (or confirmed) pending-answer item, strongly consistent. */
  getPending(consultationId: string, submissionId: string): Promise<PendingAnswer | undefined>;
  /** Records that the confirmation link was mailed; false when it already was. */
  markPendingLinkSent(consultationId: string, submissionId: string, sentAt: string): Promise<boolean>;
  /** The submission a person's vote is (the one-per-person marker), strongly consistent. */
  getVoter(consultationId: string, person: string): Promise<string | undefined>;
  /** The confirm transaction (see ConfirmWrite); conditional on the item still pending. */
  confirmPending(write: ConfirmWrite): Promise<ConfirmResult>;
}

/** Index of the pending item and of the cap item in the pending transaction. */
const PENDING_ITEM = 0;
const CAP_ITEM = 1;
/** Index of the pending item's Update in the confirm transaction. */
const CONFIRM_PENDING_ITEM = 0;
/** Index of the submission's Put (the first item of the submit transaction) in the confirm transaction. */
const CONFIRM_SUBMISSION_ITEM = 1;

/** The pending answers' access patterns over one table. */
export function pendingAccess(table: TableAccess): PendingAccess {
  const { TableName } = table;
  return {
    async putPendingOnce(pending, caps) {
      const items = pendingTransaction(TableName, pending, caps);
      const outcome = await writeTransaction(table, items, `Pending answer ${pending.submissionId}`);
      if (outcome.kind === 'written') return { kind: 'stored' };
      if (conditionFailed(outcome, PENDING_ITEM)) {
        const existing = await getItem(table, pendingKey(pending.consultationId, pending.submissionId), true);
        if (existing) return { kind: 'duplicate', existing: pendingFromItem(existing) };
        const submission = await getItem(
          table,
          submissionKey(pending.consultationId, pending.submissionId),
          true,
        );
        if (submission) return { kind: 'submitted', submission: submissionFromItem(submission) };
        // The id was taken and is gone again (TTL between the two reads): treat as capped, nothing stored.
        return { kind: 'capped' };
      }
      if (conditionFailed(outcome, CAP_ITEM)) return { kind: 'capped' };
      throw unexpected(outcome, 'pending answer');
    },

    async getPending(consultationId, submissionId) {
      const item = await getItem(table, pendingKey(consultationId, submissionId), true);
      return item ? pendingFromItem(item) : undefined;
    },

    markPendingLinkSent(consultationId, submissionId, sentAt) {
      return setOnce(table, pendingKey(consultationId, submissionId), 'linkSentAt', sentAt);
    },

    async getVoter(consultationId, person) {
      const item = await getItem(table, voterKey(consultationId, person), true);
      const parsed = item ? parseStoredItem(voterSchema, item, 'voter marker') : undefined;
      return parsed?.submissionId;
    },

    async confirmPending(write) {
      const { items, voterIndex } = confirmTransaction(TableName, write);
      const outcome = await writeTransaction(table, items, `Confirmation of ${write.pending.submissionId}`);
      if (outcome.kind === 'written') return { kind: 'confirmed' };
      if (conditionFailed(outcome, CONFIRM_PENDING_ITEM)) return { kind: 'notPending' };
      if (conditionFailed(outcome, CONFIRM_SUBMISSION_ITEM)) return { kind: 'submitted' };
      if (
        voterIndex !== undefined &&
        outcome.reasons.some((r, i) => i >= voterIndex && r === 'ConditionalCheckFailed')
      )
        return { kind: 'voterTaken' };
      throw unexpected(outcome, 'confirmation');
    },
  };
}

const voterSchema = z.object({ submissionId: z.string() });

function unexpected(outcome: TransactionOutcome, what: string): Error {
  const reasons = outcome.kind === 'cancelled' ? outcome.reasons.join(',') : 'none';
  return new Error(`The ${what} transaction was cancelled for an unexpected item (${reasons})`);
}

/**
 * The pending transaction: the pending item (new id only), the cap item (one conditional ADD of the
 * day's and the consultation-hour's counts: over either cap, the whole transaction is refused, so
 * nothing is stored and nothing mailed) and the pending counter on the answer's result shard.
 */
export function pendingTransaction(
  TableName: string,
  pending: PendingAnswer,
  caps: MailCaps,
): TransactWriteItem[] {
  const { consultationId, submissionId } = pending;
  return [
    {
      Put: {
        TableName,
        Item: toItem({ ...pendingKey(consultationId, submissionId), kind: 'pending', ...pending }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName,
        Key: toItem({ ...mailCapKey(caps.person, caps.day) }),
        UpdateExpression: 'SET #kind = :kind, expiresAt = :expires ADD #day :one, #hour :one',
        ConditionExpression:
          '(attribute_not_exists(#day) OR #day < :perDay) AND (attribute_not_exists(#hour) OR #hour < :perHour)',
        ExpressionAttributeNames: {
          '#kind': 'kind',
          '#day': 'day',
          '#hour': `h#${consultationId}#${caps.hour}`,
        },
        ExpressionAttributeValues: toItem({
          ':kind': 'mailCap',
          ':expires': caps.expiresAt,
          ':one': 1,
          ':perDay': caps.perDay,
          ':perHour': caps.perConsultationHour,
        }),
      },
    },
    counterUpdate(TableName, { consultationId, submissionId }, [[PENDING_COUNTER, 1]]),
  ];
}

/**
 * The confirm transaction: the pending item becomes confirmed (conditional on `pending` and not yet
 * expired; answers and address leave it), then today's submit transaction (the submission, conditional
 * on a new id; reminder, audit and outbox items of the workflow's start), with the counter shard
 * moving `_pending` −1, `_total` +1 and each option +1; with onePerPerson the person's marker (new,
 * or repointed from the replaced vote, whose options then move −1 and which is marked superseded).
 */
export function confirmTransaction(
  TableName: string,
  write: ConfirmWrite,
): { items: TransactWriteItem[]; voterIndex?: number } {
  const { pending, submission, now } = write;
  const { consultationId, submissionId } = pending;
  const items: TransactWriteItem[] = [
    {
      Update: {
        TableName,
        Key: toItem({ ...pendingKey(consultationId, submissionId) }),
        UpdateExpression: 'SET #status = :confirmed, confirmedAt = :at REMOVE answers, email',
        ConditionExpression: '#status = :pending AND expiresAt > :now',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: toItem({
          ':confirmed': 'confirmed',
          ':pending': 'pending',
          ':at': now.toISOString(),
          ':now': Math.floor(now.getTime() / 1000),
        }),
      },
    },
  ];
  const submit = submitTransaction(TableName, submission, {}, write.effects);
  // Counter shards this confirmation moves: the new answer's and, on replace, the old one's.
  const shards = new Map<
    number,
    { ref: { consultationId: string; submissionId: string }; n: CounterIncrements }
  >();
  const add = (
    ref: { consultationId: string; submissionId: string },
    counters: CounterIncrements,
    sign: 1 | -1,
  ) => {
    const shard = shardOf(ref.submissionId);
    const entry = shards.get(shard) ?? { ref, n: {} };
    for (const [counter, n] of Object.entries(counters))
      entry.n[counter] = (entry.n[counter] ?? 0) + sign * n;
    shards.set(shard, entry);
  };
  add(
    { consultationId, submissionId },
    { ...write.counters, [SUBMISSION_TOTAL_COUNTER]: 1, [PENDING_COUNTER]: -1 },
    1,
  );
  const replaced = write.voter?.replaces;
  if (replaced?.counted) {
    add(
      { consultationId, submissionId: replaced.submissionId },
      { ...replaced.counters, [SUBMISSION_TOTAL_COUNTER]: 1 },
      -1,
    );
  }
  const counterItems = [...shards.values()]
    .map(({ ref, n }) => [ref, Object.entries(n).filter(([, v]) => v !== 0)] as const)
    .filter(([, increments]) => increments.length > 0)
    .map(([ref, increments]) => counterUpdate(TableName, ref, increments));
  submit.splice(SUBMIT_COUNTER_ITEM, 1, ...counterItems);
  items.push(...submit);

  const voter = write.voter;
  if (!voter) return { items };
  const voterIndex = items.length;
  const marker = {
    ...voterKey(consultationId, voter.person),
    kind: 'voter',
    consultationId,
    submissionId,
    confirmedAt: now.toISOString(),
    expiresAt: voter.expiresAt,
  };
  if (!replaced) {
    items.push({ Put: { TableName, Item: toItem(marker), ConditionExpression: 'attribute_not_exists(pk)' } });
    return { items, voterIndex };
  }
  // Conditional on the marker still naming the vote whose counts this transaction takes back.
  items.push({
    Put: {
      TableName,
      Item: toItem(marker),
      ConditionExpression: 'submissionId = :old',
      ExpressionAttributeValues: toItem({ ':old': replaced.submissionId }),
    },
  });
  if (replaced.counted) {
    items.push({
      Update: {
        TableName,
        Key: toItem({ ...submissionKey(consultationId, replaced.submissionId) }),
        UpdateExpression: 'SET supersededBy = :new',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(supersededBy)',
        ExpressionAttributeValues: toItem({ ':new': submissionId }),
      },
    });
  }
  return { items, voterIndex };
}
