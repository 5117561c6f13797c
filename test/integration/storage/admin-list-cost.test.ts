import type {
  BatchGetItemCommandInput,
  BatchGetItemCommandOutput,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { type AdminChange, createAdminRepository } from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { countSends, localDynamoClient } from '../../support/local-aws.ts';
import {
  aSubmission,
  consultationsHarness,
  type Harness,
  rows,
  type SignedIn,
} from '../admin/consultations/consultations-harness.ts';
import { schedules } from '../functions/function-environment.ts';

/**
 * What the consultations list costs in DynamoDB requests. The list page runs on a table of this file's
 * own (the harness), so the number of rows is exactly what the test stored.
 */

let h: Harness;
let boss: SignedIn;
let sends: ReturnType<typeof countSends>;

beforeAll(async () => {
  h = await consultationsHarness('adm-list-cost');
  sends = countSends(h.env.client);
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
});

afterAll(() => h.env.client.destroy());

const COMMANDS = ['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand'] as const;

/** The requests `act` sends, by command, and in all. */
async function requestsOf(act: () => Promise<unknown>): Promise<Record<string, number>> {
  const snapshot = () => ({
    total: sends.total(),
    ...Object.fromEntries(COMMANDS.map((c) => [c, sends.of(c)])),
  });
  const before: Record<string, number> = snapshot();
  await act();
  return Object.fromEntries(
    Object.entries(snapshot()).map(([name, count]) => [name, count - (before[name] ?? 0)]),
  );
}

const change = (consultationId: string, action: AdminChange['action']): AdminChange => ({
  scope: { kind: 'consultation', consultationId },
  actor: 'setup@example.org',
  action,
  summary: `Test setup: ${action}`,
  at: new Date().toISOString(),
});

/** A consultation created in the admin (entry and draft); published and given submissions when asked. */
async function stored(id: string, options: { published?: boolean; submissions?: number } = {}) {
  const definition: Consultation = aConsultation(id, {
    ...schedules.open(),
    title: { de: `Titel ${id}`, en: `Title ${id}` },
  });
  const at = new Date().toISOString();
  const outcome = await h.admin.createConsultation(
    {
      consultationId: id,
      department: 'integration',
      createdAt: at,
      createdBy: 'setup@example.org',
      slug: definition.slug,
      title: definition.title,
      defaultLanguage: definition.defaultLanguage,
    },
    { consultationId: id, definition: { ...definition }, revision: 1, updatedAt: at, updatedBy: 'setup' },
    change(id, 'created'),
  );
  expect(outcome).toBe('created');
  if (options.published) await h.admin.publishWithChange(definition, change(id, 'published'));
  for (let n = 0; n < (options.submissions ?? 0); n++)
    await h.env.repository.putSubmissionOnce(aSubmission(id, n), {});
}

/** GET /admin/consultations as the admin: the rows shown, and the requests it took. */
async function listPage(): Promise<{ list: Record<string, string[]>; requests: Record<string, number> }> {
  let html = '';
  const requests = await requestsOf(async () => {
    const response = await h.get('/admin/consultations', boss);
    expect(response.statusCode).toBe(200);
    html = response.body ?? '';
  });
  return { list: rows(html), requests };
}

describe('the cost of the consultations list', () => {
  it('reads 2 and 12 consultations with the same requests: two Queries and one BatchGetItem', async () => {
    // Prepare: one published with submissions, one draft.
    await stored('cost-01', { published: true, submissions: 3 });
    await stored('cost-02');

    // Act
    const two = await listPage();
    for (let i = 3; i <= 12; i++) {
      const id = `cost-${String(i).padStart(2, '0')}`;
      await stored(id, { published: i % 2 === 0, submissions: i % 3 });
    }
    const twelve = await listPage();

    // Assess: the rows and their counts are right, and no request was made per row.
    expect(Object.keys(two.list)).toHaveLength(2);
    expect(two.list['cost-01']?.[6]).toBe('3');
    expect(two.list['cost-02']?.[6]).toBe('0');
    expect(Object.keys(twelve.list)).toHaveLength(12);
    expect(twelve.list['cost-05']?.[6]).toBe('2');
    expect(twelve.list['cost-12']?.[6]).toBe('0');
    expect(twelve.list['cost-12']?.[3]).toBe('Open');
    expect(twelve.requests).toEqual(two.requests);
    expect(two.requests.QueryCommand).toBe(2);
    expect(two.requests.BatchGetItemCommand).toBe(1);
  });

  it('counts the submissions of many consultations in one BatchGetItem per 100 counter items', async () => {
    // Prepare: 13 consultations are 104 counter items: two requests.
    const ids = Array.from({ length: 13 }, (_, i) => `counts-${String(i).padStart(2, '0')}`);
    await stored('counts-03', { published: true, submissions: 4 });
    await stored('counts-12', { published: true, submissions: 1 });

    // Act
    let counts: Record<string, number> = {};
    const requests = await requestsOf(async () => {
      counts = await h.admin.submissionCounts([...ids, 'counts-03']);
    });

    // Assess
    expect(requests).toMatchObject({ total: 2, BatchGetItemCommand: 2 });
    expect(Object.keys(counts).sort()).toEqual(ids);
    expect(counts['counts-03']).toBe(4);
    expect(counts['counts-12']).toBe(1);
    expect(counts['counts-00']).toBe(0);
    expect(await h.admin.submissionCount('counts-03')).toBe(4);
  });

  it('asks again for counter items DynamoDB left unprocessed', async () => {
    // Prepare: a client whose first BatchGetItem comes back with all but 3 keys unprocessed (a
    // throttle DynamoDB Local never produces).
    await stored('unprocessed-a', { published: true, submissions: 5 });
    await stored('unprocessed-b', { published: true, submissions: 2 });
    const client = localDynamoClient();
    leaveKeysUnprocessedOnce(client, 3);
    const counting = countSends(client);
    const admin = createAdminRepository({ client, tableName: h.env.tableName });

    // Act
    const counts = await admin.submissionCounts(['unprocessed-a', 'unprocessed-b']);
    client.destroy();

    // Assess
    expect(counts).toEqual({ 'unprocessed-a': 5, 'unprocessed-b': 2 });
    expect(counting.of('BatchGetItemCommand')).toBe(2);
  });

  it('sends no request for an empty list of consultations', async () => {
    const requests = await requestsOf(() => h.admin.submissionCounts([]));

    expect(requests.total).toBe(0);
  });
});

/** The first BatchGetItem reads only `kept` of its keys and reports the others unprocessed. */
function leaveKeysUnprocessedOnce(client: DynamoDBClient, kept: number): void {
  let done = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (done || context.commandName !== 'BatchGetItemCommand') return next(args);
      done = true;
      const input = args.input as BatchGetItemCommandInput;
      const [table, request] = Object.entries(input.RequestItems ?? {})[0] ?? [];
      if (!table || !request?.Keys) return next(args);
      const keys = request.Keys;
      const result = await next({
        ...args,
        input: { ...input, RequestItems: { [table]: { ...request, Keys: keys.slice(0, kept) } } },
      });
      const output = result.output as BatchGetItemCommandOutput;
      output.UnprocessedKeys = { [table]: { ...request, Keys: keys.slice(kept) } };
      return result;
    },
    { step: 'initialize', name: 'leaveKeysUnprocessedOnce' },
  );
}
