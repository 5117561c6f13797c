import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { Consultation } from '../definition/schema.ts';
import type { Effect } from '../workflow/types.ts';
import { summaryOf, toItem } from './codec.ts';
import { codeSpendItem } from './codes.ts';
import {
  catalogKey,
  consultationMetaKey,
  counterAttribute,
  definitionVersionKey,
  resultKeyFor,
  SUBMISSION_TOTAL_COUNTER,
  slugKey,
  submissionKey,
  versionSummaryKey,
} from './keys.ts';
import type { CounterIncrements, SubmitOptions } from './repository-types.ts';
import type { Submission } from './types.ts';
import { assertFitsOneTransaction, effectItems, reminderItem } from './workflow-items.ts';

/** The two write transactions of the table, item by item (see README.md for the conditions' purpose). */

/** Index of the slug alias Put in the publish transaction, to tell a taken slug from a concurrent publish. */
export const PUBLISH_SLUG_ITEM = 2;

/** Index of the version summary Put in the publish transaction (new key: fails only on a clash). */
export const PUBLISH_SUMMARY_ITEM = 4;

/**
 * Publishing: the immutable version, the consultation's current version (conditional on what was
 * read as `previous`), the slug alias, the catalogue entry, the version's small summary
 * (`VER#<publishedAt>#<version>`, what listVersions reads), the old alias when the slug changed, and
 * the version's earlier summary when it was published before (`republishedFrom`: the publishedAt its
 * DEF item had), so each version has one summary, at the last time it was made current.
 * A consultation closed by hand stays closed: `previous.closedAt` is carried into META, the alias and
 * the catalogue, and the META condition includes it, so a close that lands meanwhile is not undone.
 */
export function publishTransaction(
  TableName: string,
  input: {
    definition: Consultation;
    text: string;
    version: string;
    previous: { slug: string; currentVersion: string; closedAt?: string | undefined } | undefined;
    /** The `publishedAt` of this version's DEF item when it exists already (made current again). */
    republishedFrom?: string | undefined;
    /** When it becomes current (ISO); now by default. */
    publishedAt?: string | undefined;
  },
): TransactWriteItem[] {
  const { definition, text, version, previous, republishedFrom } = input;
  const { id, slug } = definition;
  const closedAt = previous?.closedAt;
  const publishedAt = input.publishedAt ?? new Date().toISOString();
  const items: TransactWriteItem[] = [
    {
      // Immutable: re-putting the same version is allowed only with identical text.
      Put: {
        TableName,
        Item: toItem({
          ...definitionVersionKey(id, version),
          kind: 'definition',
          consultationId: id,
          version,
          definitionJson: text,
          publishedAt,
        }),
        ConditionExpression: 'attribute_not_exists(pk) OR definitionJson = :text',
        ExpressionAttributeValues: toItem({ ':text': text }),
      },
    },
    {
      // Optimistic: fails when another publish (or a close or reopen) changed META since we read it.
      Put: {
        TableName,
        Item: toItem({
          ...consultationMetaKey(id),
          kind: 'consultation',
          consultationId: id,
          slug,
          currentVersion: version,
          publishedAt,
          closedAt,
        }),
        ...(previous
          ? {
              ConditionExpression: `currentVersion = :read AND ${
                closedAt === undefined ? 'attribute_not_exists(closedAt)' : 'closedAt = :closedAt'
              }`,
              ExpressionAttributeValues: toItem({ ':read': previous.currentVersion, ':closedAt': closedAt }),
            }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    {
      Put: {
        TableName,
        Item: toItem({
          ...slugKey(slug),
          kind: 'slug',
          consultationId: id,
          slug,
          version,
          definitionJson: text,
          // When this version became current: forms of the previous one are accepted for a grace
          // period after it, and the submit path learns it from this item without another read.
          publishedAt,
          closedAt,
        }),
        ConditionExpression: 'attribute_not_exists(pk) OR consultationId = :id',
        ExpressionAttributeValues: toItem({ ':id': id }),
      },
    },
    {
      Put: {
        TableName,
        Item: toItem({ ...catalogKey(id), kind: 'summary', ...summaryOf(definition, version, closedAt) }),
      },
    },
    {
      // A few bytes, so listing the versions never reads the definitions (PUBLISH_SUMMARY_ITEM).
      Put: {
        TableName,
        Item: toItem({
          ...versionSummaryKey(id, publishedAt, version),
          kind: 'versionSummary',
          version,
          publishedAt,
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  if (previous && previous.slug !== slug) {
    // The consultation moved to a new slug: the old address stops resolving.
    items.push({
      Delete: {
        TableName,
        Key: toItem({ ...slugKey(previous.slug) }),
        ConditionExpression: 'attribute_not_exists(pk) OR consultationId = :id',
        ExpressionAttributeValues: toItem({ ':id': id }),
      },
    });
  }
  if (republishedFrom !== undefined && republishedFrom !== publishedAt) {
    // The version is made current again: its summary moves to the new time (a version published
    // before summaries existed has none; deleting a missing item is fine).
    items.push({
      Delete: { TableName, Key: toItem({ ...versionSummaryKey(id, republishedFrom, version) }) },
    });
  }
  return items;
}

/**
 * The submit transaction: the submission, conditional on its id being new, and its counter shard with
 * one ADD per counter (always at least SUBMISSION_TOTAL_COUNTER), so a 1 KB submission without a workflow costs 2 + 2 WCU. The submission carries
 * no index keys; with a workflow waiting for approvers its small reminder item joins the reminder
 * queue (GSI2), and the start of its workflow adds its audit events and outbox emails (`effects`).
 */
export function submitTransaction(
  TableName: string,
  submission: Submission,
  counters: CounterIncrements,
  effects: readonly Effect[] = [],
  options: SubmitOptions = {},
): TransactWriteItem[] {
  const { id, consultationId, workflow } = submission;
  const ref = { consultationId, submissionId: id };
  const items: TransactWriteItem[] = [
    {
      Put: {
        TableName,
        Item: toItem({ ...submissionKey(consultationId, id), kind: 'submission', ...submission }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
  // Every submit counts towards the total (the admin list's submission count), in the same item.
  const increments = Object.entries({ ...counters, [SUBMISSION_TOTAL_COUNTER]: 1 }).filter(
    ([, n]) => n !== 0,
  );
  items.push(counterUpdate(TableName, ref, increments));
  if (workflow) {
    const expiresAt = submission.expiresAt;
    items.push(reminderItem(TableName, { ...ref, expiresAt }, workflow.snapshot, workflow.state));
    const now = new Date(submission.submittedAt);
    const step = { ...ref, version: workflow.state.version, expiresAt: submission.expiresAt, now };
    items.push(...effectItems(TableName, effects, step));
  }
  // Last, so the items above keep their indexes; its cancellation reason tells a refused code.
  if (options.codeSpend) items.push(codeSpendItem(TableName, options.codeSpend, submission));
  assertFitsOneTransaction(items, `Submission ${id}`);
  return items;
}

/** Index of the counter-shard Update in submitTransaction (the confirm transaction replaces it). */
export const SUBMIT_COUNTER_ITEM = 1;

/** One ADD per counter on the result shard of `ref.submissionId` (zero increments must be filtered out first). */
export function counterUpdate(
  TableName: string,
  ref: { consultationId: string; submissionId: string },
  increments: [string, number][],
): TransactWriteItem {
  // Top-level attributes, not a nested map: ADD creates a missing top-level number, while a path
  // into a map that does not exist yet would fail the whole transaction on a fresh shard.
  const names: Record<string, string> = { '#kind': 'kind', '#cid': 'consultationId' };
  const values: Record<string, unknown> = { ':kind': 'results', ':cid': ref.consultationId };
  const adds = increments.map(([counter, n], i) => {
    names[`#c${i}`] = counterAttribute(counter);
    values[`:n${i}`] = n;
    return `#c${i} :n${i}`;
  });
  return {
    Update: {
      TableName,
      Key: toItem({ ...resultKeyFor(ref.consultationId, ref.submissionId) }),
      UpdateExpression: `SET #kind = :kind, #cid = :cid ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: toItem(values),
    },
  };
}
