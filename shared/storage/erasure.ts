import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { AuditEffect, EmailEffect } from '../workflow/types.ts';
import { type Item, outboxFromItem, submissionFromItem, toItem } from './codec.ts';
import { submissionKey } from './keys.ts';
import { conditionFailed, queryAll, type TableAccess, writeTransaction } from './table-access.ts';
import { effectItems } from './workflow-items.ts';

/**
 * Erasure of a submitter's personal data on their request (see README.md, "Erasure"): one
 * transaction over the items of the submission's partition, so nothing personal is left behind
 * half-way and a second request finds `erasedAt` and changes nothing.
 */

/** What eraseSubmissionData is asked to do. */
export interface ErasureWrite {
  consultationId: string;
  submissionId: string;
  /**
   * Answers stored with the non-personal ones that still identify the submitter (the form's email
   * and phone fields when not marked `personal`): removed as well. Field ids of the definition.
   */
  identifyingAnswers: readonly string[];
  now: Date;
}

export type ErasureResult =
  | { kind: 'erased'; erasedAt: string }
  /** Erased before (idempotent): nothing was written. */
  | { kind: 'alreadyErased'; erasedAt: string }
  | { kind: 'notFound' };

/** How often the erasure re-reads after a workflow step changed the submission in between. */
const ATTEMPTS = 5;

/** Index of the submission's Update in the erasure transaction. */
const SUBMISSION_ITEM = 0;

export interface ErasureAccess {
  /**
   * Removes every personal attribute of a submission and of the items that belong to it, at once:
   * `personal`, `copyTo`, `voter` and the identifying answers of the submission; outbox emails that
   * name a former address of the submitter are deleted. The submitter gets no more mail
   * (`notify.submitter` false); counters, the other answers and the workflow stay. The same
   * transaction writes the audit event (`erased`, by the submitter: when, not what) and the
   * department's notice. The workflow state's version grows by one, so a step read before the
   * erasure (a revision that would write personal answers back) is refused and read again.
   */
  eraseSubmissionData(write: ErasureWrite): Promise<ErasureResult>;
}

/** The erasure access pattern; part of createRepository. */
export function erasureAccess(table: TableAccess): ErasureAccess {
  const { TableName } = table;
  return {
    async eraseSubmissionData(write) {
      const { consultationId, submissionId, now } = write;
      const key = submissionKey(consultationId, submissionId);
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        // The submission and its history: one Query of its sort-key prefix (a bounded partition).
        const items = await queryAll(table, {
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: toItem({ ':pk': key.pk, ':prefix': key.sk }),
          ConsistentRead: true,
        });
        const stored = items.find((item) => item.kind?.S === 'submission');
        if (!stored) return { kind: 'notFound' };
        const submission = submissionFromItem(stored);
        if (submission.erasedAt) return { kind: 'alreadyErased', erasedAt: submission.erasedAt };

        const erasedAt = now.toISOString();
        const state = submission.workflow?.state;
        const version = state ? state.version + 1 : 1;
        const names: Record<string, string> = {};
        const values: Record<string, unknown> = { ':empty': {}, ':at': erasedAt };
        const set = ['personal = :empty', 'erasedAt = :at'];
        const remove = ['copyTo', 'voter'];
        let condition = 'attribute_exists(pk) AND attribute_not_exists(erasedAt)';
        write.identifyingAnswers
          .filter((id) => Object.hasOwn(submission.answers, id))
          .forEach((id, index) => {
            names[`#a${index}`] = id;
            remove.push(`answers.#a${index}`);
          });
        if (state) {
          Object.assign(names, {
            '#wf': 'workflow',
            '#state': 'state',
            '#version': 'version',
            '#snapshot': 'snapshot',
            '#notify': 'notify',
            '#submitter': 'submitter',
          });
          set.push('#wf.#state.#version = :version', '#wf.#snapshot.#notify.#submitter = :false');
          Object.assign(values, { ':version': version, ':expected': state.version, ':false': false });
          condition += ' AND #wf.#state.#version = :expected';
        }
        const update: TransactWriteItem = {
          Update: {
            TableName,
            Key: toItem({ ...key }),
            UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')}`,
            ConditionExpression: condition,
            ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
            ExpressionAttributeValues: toItem(values),
          },
        };
        const audit: AuditEffect = {
          type: 'audit',
          event: 'erased',
          actor: { kind: 'submitter' },
          at: erasedAt,
        };
        const notice: EmailEffect = {
          type: 'email',
          template: 'erased',
          to: { kind: 'department' },
          at: erasedAt,
        };
        const step = { consultationId, submissionId, version, expiresAt: submission.expiresAt, now };
        const transaction = [
          update,
          ...effectItems(TableName, [audit, notice], step),
          ...formerAddressMails(TableName, items),
        ];
        const outcome = await writeTransaction(
          table,
          transaction,
          `The erasure of submission ${submissionId}`,
        );
        if (outcome.kind === 'written') return { kind: 'erased', erasedAt };
        if (!conditionFailed(outcome, SUBMISSION_ITEM)) {
          throw new Error(`The erasure of ${submissionId} was cancelled: ${outcome.reasons.join(', ')}`);
        }
        // A workflow step or a parallel erasure came first: read again (then maybe alreadyErased).
      }
      throw new Error(`The erasure of ${submissionId} lost ${ATTEMPTS} races in a row`);
    },
  };
}

/**
 * Deletes of the outbox emails that carry an address of the submitter in the item itself (told
 * that a revision changed it): every other email names its recipient by role and is resolved when
 * sent, so after the erasure it finds no address and is dropped.
 */
function formerAddressMails(TableName: string, items: readonly Item[]): TransactWriteItem[] {
  return items.flatMap((item): TransactWriteItem[] => {
    const { pk, sk } = item;
    if (item.kind?.S !== 'outbox' || !pk || !sk) return [];
    if (outboxFromItem(item).effect.to.kind !== 'previousAddress') return [];
    return [{ Delete: { TableName, Key: { pk, sk } } }];
  });
}
