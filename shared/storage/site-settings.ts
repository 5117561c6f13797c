import { type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { type SiteSettings, siteSettingsSchema } from '../site/schema.ts';
import { parseStoredItem, StoredItemError, toItem } from './codec.ts';
import { siteSettingsKey } from './keys.ts';

/** The deployment's site settings (forms/site/settings.yaml) as the legal pages read them. */
export interface SiteSettingsStore {
  /** Replaces the stored settings (the forms publisher, at every deploy and `npm start`). */
  putSiteSettings(settings: SiteSettings): Promise<void>;
  /** The stored settings (one GetItem), or undefined before the first publish. */
  getSiteSettings(): Promise<SiteSettings | undefined>;
}

const itemSchema = z.object({ settingsJson: z.string() });

/** The site settings item: one per deployment, written whole, read by key. */
export function createSiteSettingsStore(options: {
  client: DynamoDBClient;
  tableName: string;
}): SiteSettingsStore {
  const { client, tableName: TableName } = options;
  return {
    async putSiteSettings(settings) {
      const Item = toItem({
        ...siteSettingsKey(),
        kind: 'siteSettings',
        settingsJson: JSON.stringify(settings),
      });
      await client.send(new PutItemCommand({ TableName, Item }));
    },
    async getSiteSettings() {
      const { Item } = await client.send(
        new GetItemCommand({ TableName, Key: toItem({ ...siteSettingsKey() }) }),
      );
      if (!Item) return undefined;
      const { settingsJson } = parseStoredItem(itemSchema, Item, 'site settings');
      const parsed = siteSettingsSchema.safeParse(JSON.parse(settingsJson));
      if (!parsed.success)
        throw new StoredItemError('The stored site settings do not match the schema', {
          cause: parsed.error,
        });
      return parsed.data;
    },
  };
}
