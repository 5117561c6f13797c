import {
  type DynamoDBClient,
  GetItemCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type { Consultation } from '../definition/schema.ts';
import { metaFromItem, parseDefinitionText, toItem } from './codec.ts';
import { storedDefinitionText, versionOfDefinitionText } from './definition-version.ts';
import { consultationMetaKey } from './keys.ts';
import { PUBLISH_SLUG_ITEM, publishTransaction } from './transactions.ts';
import type { PublishedDefinition } from './types.ts';

/** Publishing was refused because the table changed underneath or the slug belongs to someone else. */
export class PublishConflictError extends Error {
  override name = 'PublishConflictError';
}

/**
 * Publishes a definition (Repository.publishDefinition; the admin's publishWithChange adds its change
 * record through `extraItems`, which go after the publish items so their indexes stay put). Nothing is
 * written when the current version and slug are already these: then `written` is false.
 */
export async function publishDefinitionWith(
  client: DynamoDBClient,
  TableName: string,
  definition: Consultation,
  extraItems: (version: string) => TransactWriteItem[] = () => [],
): Promise<{ published: PublishedDefinition; written: boolean }> {
  const text = storedDefinitionText(definition);
  const version = versionOfDefinitionText(text);
  const { id, slug } = definition;
  const { Item } = await client.send(
    new GetItemCommand({ TableName, Key: toItem({ ...consultationMetaKey(id) }), ConsistentRead: true }),
  );
  const meta = Item ? metaFromItem(Item) : undefined;
  const published: PublishedDefinition = {
    definition: parseDefinitionText(text),
    version,
    ...(meta?.closedAt ? { closedAt: meta.closedAt } : {}),
  };
  if (meta?.currentVersion === version && meta.slug === slug) return { published, written: false };

  const items = [
    ...publishTransaction(TableName, { definition, text, version, previous: meta }),
    ...extraItems(version),
  ];
  try {
    await client.send(new TransactWriteItemsCommand({ TransactItems: items }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failed = (index: number) => error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';
    if (failed(PUBLISH_SLUG_ITEM)) {
      throw new PublishConflictError(`The slug "${slug}" already belongs to another consultation`, {
        cause: error,
      });
    }
    if (failed(0) || failed(1)) {
      throw new PublishConflictError(`Consultation "${id}" changed while publishing; publish again`, {
        cause: error,
      });
    }
    throw error;
  }
  return { published, written: true };
}
