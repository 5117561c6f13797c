import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../../shared/config.ts';
import { createAdminRepository } from '../../shared/storage/admin-repository.ts';
import { createRepository } from '../../shared/storage/repository.ts';
import { createSiteSettingsStore } from '../../shared/storage/site-settings.ts';
import { type PublishResponse, publishForms } from './publish.ts';

const config = loadConfig(process.env);
const client = new DynamoDBClient({});
const repository = createRepository({ client, tableName: config.tableName });
// Only getAdminConsultation (GetItem): a consultation with an admin entry is left to the admin.
const admin = createAdminRepository({ client, tableName: config.tableName });

/** onEvent handler of the form publisher custom resource (infra/constructs/form-publisher.ts). */
export const handler = (event: unknown): Promise<PublishResponse> =>
  publishForms(
    { repository, admin, siteSettings: createSiteSettingsStore({ client, tableName: config.tableName }) },
    event,
  );
