import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import * as z from 'zod';
import { FUNCTIONS } from '../../functions/routes.ts';
import { createRepository } from '../../shared/storage/index.ts';
import { sendDueReminders } from '../../shared/submissions/reminders.ts';
import { createLambdaContext } from './lambda-context.ts';
import { loadHandlers } from './lambda-handlers.ts';
import { scheduledEvent } from './scheduler.ts';
import { LocalPlatformError } from './services.ts';

/**
 * `npm run remind`: one reminder sweep against the table of a running `npm start` (DYNAMODB_PORT,
 * default 8000; TABLE_NAME, default mitwirken-local), by invoking the reminders handler as its
 * schedule would. The running platform's stream poller mails the reminders it writes.
 * `--now 2026-07-01T08:00:00Z` sweeps as if it were that time (reminders are due after days),
 * calling the sweep directly with that clock instead of the handler.
 */
const envSchema = z.object({
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65_535).default(8000),
  TABLE_NAME: z.string().min(1).default('mitwirken-local'),
});
const REGION = 'eu-central-1';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

async function main(): Promise<void> {
  const env = envSchema.safeParse(process.env);
  if (!env.success) throw new LocalPlatformError(`Invalid setting: ${z.prettifyError(env.error)}`);
  const { values } = parseArgs({ options: { now: { type: 'string' } } });
  const endpoint = `http://127.0.0.1:${env.data.DYNAMODB_PORT}`;

  if (values.now !== undefined) {
    const now = z.iso.datetime({ offset: true }).safeParse(values.now);
    if (!now.success) throw new LocalPlatformError(`--now must be an ISO time, got "${values.now}"`);
    const client = new DynamoDBClient({ endpoint, region: REGION, credentials });
    const repository = createRepository({ client, tableName: env.data.TABLE_NAME });
    const sweep = await sendDueReminders({ repository }, { now: new Date(now.data), limit: 1000 });
    console.log(JSON.stringify({ now: now.data, ...sweep }));
    client.destroy();
    return;
  }

  // As in Lambda: the handler reads its configuration at module load.
  Object.assign(process.env, {
    TABLE_NAME: env.data.TABLE_NAME,
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
  });
  const handlers = await loadHandlers(resolve(import.meta.dirname, '../..'), ['reminders']);
  const reminders = handlers.get('reminders');
  if (!reminders) throw new LocalPlatformError(`Cannot load ${FUNCTIONS.reminders.entry}`);
  const functionName = 'mitwirken-local-reminders';
  console.log(
    JSON.stringify(
      await reminders(scheduledEvent(functionName, new Date()), createLambdaContext(functionName)),
    ),
  );
}

main().catch((error: unknown) => {
  if (error instanceof LocalPlatformError) console.error(`Cannot remind: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
