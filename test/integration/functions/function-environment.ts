import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AttributeValue, type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { ensureTable } from '../../../infra/local/table.ts';
import type { ConsultationInput } from '../../../shared/definition/schema.ts';
import type { SecretName } from '../../../shared/links/index.ts';
import {
  createRepository,
  parseSubmissionKey,
  type StorageRepository,
} from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { TEST_ORIGIN_SECRET } from '../../support/front-door.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

export type RawItem = Record<string, AttributeValue>;

export interface FunctionEnvironment {
  tableName: string;
  client: DynamoDBClient;
  repository: StorageRepository;
  /** Every item of the table, raw, in key order (the table belongs to this test file alone). */
  scan(): Promise<RawItem[]>;
  /** How many submissions the table holds. */
  submissionCount(): Promise<number>;
}

/**
 * Gives the test file a table of its own and sets the environment a deployed function sees, so the
 * handler modules can be imported afterwards and build their dependencies exactly as in Lambda.
 * Its own table lets a test compare the whole table before and after a request.
 */
export async function functionEnvironment(name: string): Promise<FunctionEnvironment> {
  const tableName = `fn-${name}-${randomUUID().slice(0, 8)}`;
  const client = localDynamoClient();
  await ensureTable(client, tableName);
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    AWS_REGION: 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
    AWS_ENDPOINT_URL_SES: inject('sesEndpoint'),
    MAIL_FROM: 'mitwirken@example.org',
    // What CDK gives every HTTP function (resolved from Secrets Manager at deploy); httpEvent sends it.
    ORIGIN_VERIFY_SECRET: TEST_ORIGIN_SECRET,
    ...secretFiles(mkdtempSync(join(tmpdir(), 'mitwirken-fn-'))),
  });
  const scan = async (): Promise<RawItem[]> => {
    const items: RawItem[] = [];
    let ExclusiveStartKey: RawItem | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey }),
      );
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    const key = (item: RawItem) => `${item.pk?.S}\u0000${item.sk?.S}`;
    return items.sort((a, b) => key(a).localeCompare(key(b)));
  };
  return {
    tableName,
    client,
    repository: createRepository({ client, tableName }),
    scan,
    submissionCount: async () =>
      (await scan()).filter((item) => parseSubmissionKey({ pk: item.pk?.S ?? '', sk: item.sk?.S ?? '' }))
        .length,
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The handlers run on the real clock, so schedules are built around it instead of fixed dates. */
export const schedules = {
  open: () => ({ opens: iso(Date.now() - DAY), closes: iso(Date.now() + 30 * DAY) }),
  closed: () => ({ opens: iso(Date.now() - 30 * DAY), closes: iso(Date.now() - DAY) }),
  notYetOpen: () => ({ opens: iso(Date.now() + DAY), closes: iso(Date.now() + 30 * DAY) }),
} satisfies Record<string, () => Pick<ConsultationInput, 'opens' | 'closes'>>;

/** aConsultation with a schedule relative to now and a title of its own (to tell pages apart). */
export function aScheduledConsultation(id: string, schedule: keyof typeof schedules, title: string) {
  return aConsultation(id, { ...schedules[schedule](), title: { de: title, en: `${title} (en)` } });
}

/** One key file per deployment secret (shared/links/secret.ts), generated on first use in `dir`. */
export function secretFiles(dir: string): Record<`${SecretName}_SECRET_FILE`, string> {
  return {
    LINK_SECRET_FILE: join(dir, 'link-signing-key.json'),
    STAFF_SECRET_FILE: join(dir, 'staff-signing-key.json'),
    PARTICIPATION_SECRET_FILE: join(dir, 'participation-key.json'),
  };
}
