import {
  type DynamoDBClient,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import {
  auditEventFromItem,
  decisionFromItem,
  type Item,
  outboxFromItem,
  submissionFromItem,
  toItem,
} from './codec.ts';
import { assertPageLimit } from './cursor.ts';
import {
  decisionKey,
  type Key,
  outboxKey,
  parseReminderSortKey,
  REMINDER_SHARD_COUNT,
  reminderPartition,
  submissionKey,
} from './keys.ts';
import { OUTBOX_RETENTION_DAYS, type OutboxItem } from './outbox.ts';
import type { Repository, TransitionResult, TransitionWrite } from './repository-types.ts';
import { putNew, setOnce, type TableAccess } from './table-access.ts';
import type { AuditEvent, DueReminder, Submission } from './types.ts';
import { TRANSITION_DECISION_ITEM, TRANSITION_SUBMISSION_ITEM, transitionItems } from './workflow-items.ts';

type WorkflowAccess = Pick<
  Repository,
  | 'applyTransition'
  | 'getDecision'
  | 'getSubmissionHistory'
  | 'listDueReminders'
  | 'getOutboxItem'
  | 'markOutboxSent'
  | 'putOutboxItemOnce'
>;

/** Largest number of due reminders listDueReminders returns at once. */
export const MAX_DUE_REMINDERS = 1000;

/** How often a workflow step is tried when DynamoDB cancels it for a concurrent transaction. */
const TRANSACTION_ATTEMPTS = 5;

/** The workflow's access patterns (see README.md, "Workflow"); part of createRepository. */
export function workflowAccess(
  client: DynamoDBClient,
  TableName: string,
  getItem: (key: Key, consistent?: boolean) => Promise<Item | undefined>,
): WorkflowAccess {
  const table: TableAccess = { client, TableName };
  return {
    async applyTransition(write: TransitionWrite): Promise<TransitionResult> {
      const items = transitionItems(TableName, write);
      for (let attempt = 1; ; attempt++) {
        try {
          await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
          return { kind: 'applied' };
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const codes = error.CancellationReasons?.map((r) => r.Code) ?? [];
          // The marker first: a decision posted twice also finds the version changed by its first post.
          if (write.decision && codes[TRANSITION_DECISION_ITEM] === 'ConditionalCheckFailed')
            return { kind: 'conflict', reason: 'alreadyDecided' };
          if (codes[TRANSITION_SUBMISSION_ITEM] === 'ConditionalCheckFailed')
            return { kind: 'conflict', reason: 'versionChanged' };
          // Another transaction on one of these items is in flight; the same write may succeed shortly.
          if (codes.includes('TransactionConflict') && attempt < TRANSACTION_ATTEMPTS) {
            await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
            continue;
          }
          throw error;
        }
      }
    },

    async getDecision(consultationId, submissionId, decision) {
      const item = await getItem(decisionKey(consultationId, submissionId, decision), true);
      return item ? decisionFromItem(item) : undefined;
    },

    async getSubmissionHistory(consultationId, submissionId) {
      const { pk, sk } = submissionKey(consultationId, submissionId);
      let submission: Submission | undefined;
      const events: { sk: string; event: AuditEvent }[] = [];
      let startKey: Item | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: toItem({ ':pk': pk, ':prefix': sk }),
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) {
          const kind = item.kind?.S;
          if (kind === 'submission') submission = submissionFromItem(item);
          else if (kind === 'audit') events.push({ sk: item.sk?.S ?? '', event: auditEventFromItem(item) });
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      if (!submission) return undefined;
      // By version first: clocks of two functions may disagree, the version order never does.
      events.sort((a, b) => a.event.version - b.event.version || (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
      return { submission, events: events.map((e) => e.event) };
    },

    async listDueReminders(now: Date, limit: number): Promise<DueReminder[]> {
      assertPageLimit(limit, MAX_DUE_REMINDERS);
      // gsi2sk = <dueAt>#<consultation>#<ulid>: everything due up to and including `now` sorts below this.
      const until = `${now.toISOString()}\uffff`;
      const shards = await Promise.all(
        Array.from({ length: REMINDER_SHARD_COUNT }, async (_, shard) => {
          const page = await client.send(
            new QueryCommand({
              TableName,
              IndexName: 'gsi2',
              KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :until',
              ExpressionAttributeValues: toItem({ ':pk': reminderPartition(shard), ':until': until }),
              ProjectionExpression: 'gsi2sk',
              Limit: limit,
            }),
          );
          return (page.Items ?? []).map((item) => item.gsi2sk?.S ?? '');
        }),
      );
      const due = shards.flat().sort();
      return due.slice(0, limit).flatMap((sk) => parseReminderSortKey(sk) ?? []);
    },

    async getOutboxItem(consultationId, submissionId, outboxId) {
      const item = await getItem(outboxKey(consultationId, submissionId, outboxId), true);
      return item ? outboxFromItem(item) : undefined;
    },

    async putOutboxItemOnce({ consultationId, submissionId, outboxId, effect, now }) {
      const item: OutboxItem = {
        kind: 'outbox',
        consultationId,
        submissionId,
        effect,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + OUTBOX_RETENTION_DAYS * 86_400,
      };
      return putNew(table, { ...outboxKey(consultationId, submissionId, outboxId), ...item });
    },

    markOutboxSent(consultationId, submissionId, outboxId, sentAt) {
      return setOnce(table, outboxKey(consultationId, submissionId, outboxId), 'sentAt', sentAt);
    },
  };
}
