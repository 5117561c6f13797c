import * as z from 'zod';
import { DEFAULT_ADMIN_EMAIL, type Platform, startPlatform } from './platform.ts';
import { LocalPlatformError } from './services.ts';

/**
 * `npm start`: the whole product on this machine. Ports come from PORT, SES_PORT and DYNAMODB_PORT,
 * the time between reminder sweeps from REMINDER_INTERVAL_MS (default 60000; 0: only `npm run remind`),
 * the staff admin's address from ADMIN_EMAIL (default admin@example.org; STAFF_ALLOW_LIST adds entries);
 * `--persist` keeps the table in .local/dynamodb across restarts (and then only new stream records
 * are mailed). Ctrl-C stops everything and exits 0.
 */
const port = z.coerce.number().int().min(1).max(65_535);
const envSchema = z.object({
  PORT: port.default(3000),
  SES_PORT: port.default(8005),
  DYNAMODB_PORT: port.default(8000),
  // The reminder sweep runs hourly in AWS; locally every minute, so a due reminder shows up quickly.
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  ADMIN_EMAIL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.email().default(DEFAULT_ADMIN_EMAIL),
  ),
  STAFF_ALLOW_LIST: z.string().optional(),
});

async function main(): Promise<void> {
  // Handle Ctrl-C from the first moment: a signal during start-up must still stop DynamoDB Local.
  let platform: Platform | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    if (!platform) return; // start-up finishes first, then stops (below)
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const env = envSchema.safeParse(process.env);
  if (!env.success) throw new LocalPlatformError(`Invalid setting: ${z.prettifyError(env.error)}`);
  const persist = process.argv.includes('--persist');
  const log = (line: string) => console.log(line);
  platform = await startPlatform({
    port: env.data.PORT,
    sesPort: env.data.SES_PORT,
    dynamoPort: env.data.DYNAMODB_PORT,
    reminderIntervalMs: env.data.REMINDER_INTERVAL_MS,
    adminEmail: env.data.ADMIN_EMAIL,
    ...(env.data.STAFF_ALLOW_LIST ? { staffAllowList: env.data.STAFF_ALLOW_LIST } : {}),
    ...(persist ? { persistDir: '.local' } : {}),
    formsDir: 'forms',
    log,
  });
  if (stopping) {
    await platform.stop();
    process.exit(0);
  }
  printWelcome(platform, persist);
}

function printWelcome(platform: Platform, persist: boolean): void {
  const lines = [
    '',
    'Mitwirken is running locally.',
    '',
    `  Consultations:  ${platform.baseUrl}/`,
    ...platform.forms.map((form) => `  ${form.title}:\n                  ${platform.baseUrl}/c/${form.slug}`),
    `  Email inbox:    ${platform.sesUrl}`,
    `  Staff sign-in:  ${platform.baseUrl}/admin as ${platform.adminEmail}`,
    `                  (the link arrives in the local inbox at ${platform.sesUrl})`,
    `  DynamoDB:       ${platform.dynamoEndpoint} (table "${platform.tableName}", ${persist ? 'kept in .local/dynamodb' : 'in memory'})`,
    '  Reminders:      swept on a timer (REMINDER_INTERVAL_MS); now: npm run remind',
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  // Problems a person can fix get one clear line; anything else is a bug and keeps its stack.
  if (error instanceof LocalPlatformError) console.error(`Cannot start Mitwirken: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
