import {
  type DynamoDBClient,
  GetItemCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import type { Consultation } from '../definition/schema.ts';
import { metaFromItem, parseDefinitionText, parseStoredItem, toItem } from './codec.ts';
import { storedDefinitionText, versionOfDefinitionText } from './definition-version.ts';
import { consultationMetaKey, definitionVersionKey } from './keys.ts';
import { PUBLISH_SLUG_ITEM, PUBLISH_SUMMARY_ITEM, publishTransaction } from './transactions.ts';
import type { PublishedDefinition } from './types.ts';

/** Publishing was refused because the table changed underneath or the slug belongs to someone else. */
export class PublishConflictError extends Error {
  override name = 'PublishConflictError';
}

/**
 * Publishing was refused because the draft was saved again since the revision the publish was for
 * (AdminRepository.publishWithChange with `draftRevision`). A PublishConflictError, so a caller that
 * only knows those still answers a conflict; nothing was published or recorded.
 */
export class DraftChangedError extends PublishConflictError {
  override name = 'DraftChangedError';
}

/** What the admin's publish adds to the transaction, after the publish items so their indexes stay put. */
export interface PublishExtras {
  /** Further items (the change record, a ConditionCheck on the draft), given the version published. */
  items?: (version: string) => TransactWriteItem[];
  /**
   * The error for a cancellation whose reasons name these items (`failed(i)`: the condition of the
   * i-th of `items` failed); undefined to fall back to the publish items' errors.
   */
  conflict?: (failed: (index: number) => boolean, cause: TransactionCanceledException) => Error | undefined;
}

/**
 * Publishes a definition (Repository.publishDefinition; the admin's publishWithChange adds its change
 * record and draft check through `extras`). Nothing is written when the current version and slug are
 * already these: then `written` is false.
 */
export async function publishDefinitionWith(
  client: DynamoDBClient,
  TableName: string,
  definition: Consultation,
  extras: PublishExtras = {},
): Promise<{ published: PublishedDefinition; written: boolean }> {
  const text = storedDefinitionText(definition);
  const version = versionOfDefinitionText(text);
  const { id, slug } = definition;
  const { Item } = await client.send(
    new GetItemCommand({ TableName, Key: toItem({ ...consultationMetaKey(id) }), ConsistentRead: true }),
  );
  const meta = Item ? metaFromItem(Item) : undefined;
  const unchanged = meta?.currentVersion === version && meta.slug === slug;
  // META and the slug alias get the same publishedAt in one transaction (see publishTransaction).
  const publishedAt = unchanged && meta ? meta.publishedAt : new Date().toISOString();
  const published: PublishedDefinition = {
    definition: parseDefinitionText(text),
    version,
    ...(meta?.closedAt ? { closedAt: meta.closedAt } : {}),
    publishedAt,
  };
  if (unchanged) return { published, written: false };

  const republishedFrom = meta ? await publishedAtOf(client, TableName, id, version) : undefined;
  const publishItems = publishTransaction(TableName, {
    definition,
    text,
    version,
    previous: meta,
    republishedFrom,
    publishedAt,
  });
  const items = [...publishItems, ...(extras.items?.(version) ?? [])];
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failed = (index: number) => error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';
    // The extras' own conflict first: a changed draft is what the member has to look at again.
    const extraConflict = extras.conflict?.((index) => failed(publishItems.length + index), error);
    if (extraConflict) throw extraConflict;
    if (failed(PUBLISH_SLUG_ITEM)) {
      throw new PublishConflictError(`The slug "${slug}" already belongs to another consultation`, {
        cause: error,
      });
    }
    if (failed(0) || failed(1) || failed(PUBLISH_SUMMARY_ITEM)) {
      throw new PublishConflictError(`Consultation "${id}" changed while publishing; publish again`, {
        cause: error,
      });
    }
    throw error;
  }
  return { published, written: true };
}

/**
 * When the version was published before (made current again, e.g. a change undone): the publishedAt
 * of its DEF item, whose summary the publish replaces; undefined for a new version. A consistent
 * GetItem projecting publishedAt (1 RCU for a version that does not exist, the definition's size
 * when it does); a publish landing meanwhile fails the transaction's META condition.
 */
async function publishedAtOf(
  client: DynamoDBClient,
  TableName: string,
  consultationId: string,
  version: string,
): Promise<string | undefined> {
  const { Item } = await client.send(
    new GetItemCommand({
      TableName,
      Key: toItem({ ...definitionVersionKey(consultationId, version) }),
      ProjectionExpression: 'publishedAt',
      ConsistentRead: true,
    }),
  );
  return Item && parseStoredItem(publishedAtSchema, Item, 'definition version').publishedAt;
}

const publishedAtSchema = z.object({ publishedAt: z.string() });
