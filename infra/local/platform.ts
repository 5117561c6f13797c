import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { ORIGIN_VERIFY_HEADER } from '../../functions/middleware/origin-verify.ts';
import { publishDefinitions } from '../../functions/publish-forms/publish-definitions.ts';
import { ROUTES } from '../../functions/routes.ts';
import { parseAllowList } from '../../shared/admin/allow-list.ts';
import { createAdminRepository, createRepository } from '../../shared/storage/index.ts';
import { createSiteSettingsStore } from '../../shared/storage/site-settings.ts';
import { deadLetterFile } from './dead-letters.ts';
import { renderAdapterErrorPage } from './error-pages.ts';
import { loadForms, loadSite } from './forms.ts';
import { createHttpAdapter, type HttpHandler } from './http-adapter.ts';
import { createLambdaContext } from './lambda-context.ts';
import { handlerOf, handlersOfKind, loadHandlers } from './lambda-handlers.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import { assertPortFree, LocalPlatformError, startDynamoDbLocal, startSesLocal } from './services.ts';
import { createStreamPoller } from './stream-poller.ts';
import { dynamoDbStreamSource } from './stream-source.ts';
import { ensureTable } from './table.ts';

export interface PlatformOptions {
  port: number;
  sesPort: number;
  dynamoPort: number;
  /** Keep the table in `<persistDir>/dynamodb` across restarts; in memory when absent. */
  persistDir?: string;
  formsDir: string;
  /** Where records the mailer failed on end up (one JSON line each). Default `.local/dlq.jsonl`. */
  deadLetterPath?: string;
  tableName?: string;
  /** Time between reminder sweeps (the hourly EventBridge rule in AWS). Default 60 s; 0: only by `runReminders()`. */
  reminderIntervalMs?: number;
  /** The address that may sign in to the staff admin as an admin. Default DEFAULT_ADMIN_EMAIL. */
  adminEmail?: string;
  /** More allow-list entries (STAFF_ALLOW_LIST format), after the admin's. */
  staffAllowList?: string;
  log: (line: string) => void;
}

export interface Platform {
  baseUrl: string;
  sesUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  forms: { slug: string; title: string }[];
  /** The address that may sign in as admin at `${baseUrl}/admin`; its link arrives at `sesUrl`. */
  adminEmail: string;
  /** Runs the reminder sweep now (as its schedule would) and resolves with what it did. */
  runReminders(): Promise<unknown>;
  stop(): Promise<void>;
}

/** How often the platform runs the reminder sweep unless told otherwise (AWS: hourly). */
export const DEFAULT_REMINDER_INTERVAL_MS = 60_000;

/** Who may sign in as admin locally unless ADMIN_EMAIL says otherwise (stored staff need an admin first). */
export const DEFAULT_ADMIN_EMAIL = 'admin@example.org';

/** The STAFF_ALLOW_LIST of the local handlers: the admin address as `admin`, then any further entries. */
export function localStaffAllowList(adminEmail: string, more?: string): string {
  const extra = more?.trim();
  return extra ? `${adminEmail} admin\n${extra}` : `${adminEmail} admin`;
}

const REGION = 'eu-central-1';
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs the product on one machine: DynamoDB Local and the local SES, the table as the stack creates
 * it, the forms published, every route served through an API Gateway v2 adapter, the table's stream
 * delivered to the mailer like an event source mapping, and the reminder sweep on a timer like the
 * schedule rule. `stop()` undoes it in reverse order; a failed start stops whatever had started.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const stack: { what: string; stop: () => Promise<void> }[] = [];
  const stopAll = async () => {
    for (const { what, stop } of stack.reverse().splice(0)) {
      try {
        await stop();
      } catch (error) {
        options.log(`Stopping ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  try {
    // Cheap checks first, so a mistake in a form, the allow-list or a busy port fails before Java starts.
    const definitions = await loadForms(options.formsDir);
    const site = await loadSite(options.formsDir);
    const adminEmail = options.adminEmail ?? DEFAULT_ADMIN_EMAIL;
    const staffAllowList = localStaffAllowList(adminEmail, options.staffAllowList);
    const allowList = parseAllowList(staffAllowList);
    if (!allowList.ok) throw new LocalPlatformError(`ADMIN_EMAIL or STAFF_ALLOW_LIST: ${allowList.problem}`);
    await assertPortFree(options.port, 'the web server');

    const dataDir = options.persistDir ? resolve(options.persistDir, 'dynamodb') : undefined;
    if (dataDir) await mkdir(dataDir, { recursive: true });
    const dynamo = await startDynamoDbLocal({ port: options.dynamoPort, ...(dataDir ? { dataDir } : {}) });
    stack.push({ what: 'DynamoDB Local', stop: dynamo.stop });
    const ses = await startSesLocal({ port: options.sesPort });
    stack.push({ what: 'the local SES', stop: ses.stop });

    const tableName = options.tableName ?? 'mitwirken-local';
    const baseUrl = `http://localhost:${options.port}`;
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: REGION, credentials });
    stack.push({ what: 'the DynamoDB client', stop: async () => client.destroy() });
    const { streamArn } = await ensureTable(client, tableName);

    // The adapter plays CloudFront: it adds this to every request, the handlers refuse any without it
    // (README.md, "Front door"). A fresh value per start: nothing outside this process needs it.
    const originSecret = randomBytes(32).toString('hex');
    // Handlers read this at module load, as in Lambda; only endpoints differ from AWS.
    Object.assign(process.env, {
      ORIGIN_VERIFY_SECRET: originSecret,
      TABLE_NAME: tableName,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SES: ses.endpoint,
      MAIL_FROM: 'beteiligung@hannover.example',
      // The mailer's base of every link, the staff sign-in link included (never a request's Host).
      PUBLIC_BASE_URL: baseUrl,
      STAFF_ALLOW_LIST: staffAllowList,
      // Generated on first start (mode 0600), kept outside git, reused so emailed links stay valid.
      LINK_SECRET_FILE: resolve(options.persistDir ?? '.local', 'link-signing-key.json'),
      STAFF_SECRET_FILE: resolve(options.persistDir ?? '.local', 'staff-signing-key.json'),
      PARTICIPATION_SECRET_FILE: resolve(options.persistDir ?? '.local', 'participation-key.json'),
    });
    const handlers = await loadHandlers(ROOT);
    const mailer = handlerOf(handlers, 'mailer');

    const repository = createRepository({ client, tableName });
    // The publisher's rule (README.md, "Staff admin"): a consultation staff manage in the admin keeps their version.
    const admin = createAdminRepository({ client, tableName });
    const { skipped } = await publishDefinitions({ repository, admin }, definitions);
    if (site) await createSiteSettingsStore({ client, tableName }).putSiteSettings(site);
    for (const { id, reason } of skipped)
      options.log(`Skipped forms/ consultation ${id}: ${reason}, its file is not published`);

    // The poller takes its iterators before the server accepts a request, so with LATEST nothing is missed.
    const streams = new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region: REGION, credentials });
    stack.push({ what: 'the DynamoDB Streams client', stop: async () => streams.destroy() });
    const poller = createStreamPoller({
      source: dynamoDbStreamSource(streams, streamArn, { region: REGION }),
      handler: (event: DynamoDBStreamEvent) => mailer(event, createLambdaContext('mitwirken-local-mailer')),
      functionName: 'mitwirken-local-mailer',
      startAt: dataDir ? 'LATEST' : 'TRIM_HORIZON',
      deadLetters: deadLetterFile(resolve(options.deadLetterPath ?? join('.local', 'dlq.jsonl'))),
      log: options.log,
    });
    await poller.start();
    stack.push({ what: 'the stream poller', stop: poller.stop });

    // Like the EventBridge rule: the sweep only writes outbox items, which the poller above mails.
    const reminders: Scheduler = createScheduler({
      handler: handlerOf(handlers, 'reminders'),
      functionName: 'mitwirken-local-reminders',
      intervalMs: options.reminderIntervalMs ?? DEFAULT_REMINDER_INTERVAL_MS,
      log: options.log,
    });
    stack.push({ what: 'the reminder schedule', stop: reminders.stop });

    const httpHandlers: Record<string, HttpHandler> = Object.fromEntries(handlersOfKind(handlers, 'http'));
    const server = createServer(
      createHttpAdapter({
        routes: ROUTES,
        handlers: httpHandlers,
        errorPage: renderAdapterErrorPage,
        log: options.log,
        originHeaders: { [ORIGIN_VERIFY_HEADER]: originSecret },
      }),
    );
    await listen(server, options.port);
    stack.push({ what: 'the web server', stop: () => close(server) });

    return {
      baseUrl,
      sesUrl: ses.endpoint.replace('127.0.0.1', 'localhost'),
      dynamoEndpoint: dynamo.endpoint,
      tableName,
      forms: definitions.map((d) => ({ slug: d.slug, title: d.title[d.defaultLanguage] ?? d.slug })),
      adminEmail,
      runReminders: reminders.runNow,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function listen(server: Server, port: number): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((resolvePromise) => {
    server.close(() => resolvePromise());
    // Browsers keep connections alive; without this, close() waits for them to time out.
    server.closeAllConnections();
  });
}
