import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import middy from '@middy/core';
import { loadConfig } from '../../shared/config.ts';
import { createRepository } from '../../shared/storage/index.ts';
import {
  type ReminderDeps,
  type ReminderSweep,
  sendDueReminders,
} from '../../shared/submissions/reminders.ts';
import { logError } from '../logging/error-log.ts';

/**
 * Due reminders per run. Each costs a GetItem and a transaction (~20–50 ms), so a run stays far
 * below the timeout; whatever is left over is due in the next hourly run as well.
 */
export const REMINDERS_PER_RUN = 500;

/**
 * The hourly reminder sweep (an EventBridge schedule; the event itself carries nothing it needs, so
 * it may also be invoked by hand with `{}`). It only writes outbox items: the mailer sends them.
 */
export function createRemindersHandler(deps: ReminderDeps & { now: () => Date }) {
  return middy<unknown, ReminderSweep>().handler(async (_event, context) => {
    try {
      const sweep = await sendDueReminders(deps, { now: deps.now(), limit: REMINDERS_PER_RUN });
      console.info(JSON.stringify({ level: 'INFO', message: 'Reminder sweep', ...sweep }));
      return sweep;
    } catch (error) {
      // Rethrown: the invocation fails, the Errors alarm fires and EventBridge retries the run.
      logError('Reminder sweep failed', { requestId: context.awsRequestId }, error);
      throw error;
    }
  });
}

const config = loadConfig(process.env);
export const handler = createRemindersHandler({
  repository: createRepository({ client: new DynamoDBClient({}), tableName: config.tableName }),
  now: () => new Date(),
});
