/**
 * `npm run bench`: every figure of the table is measured in this one run, side by side, so ratios
 * compare like with like on a noisy machine. Budgets from ARCHITECTURE.md are printed beside them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient, PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';
import { startPlatform } from '../../infra/local/platform.ts';
import { freePort } from '../../infra/local/services.ts';
import { createRepository } from '../../shared/storage/index.ts';
import { confirmTransaction, type PendingAnswer, pendingTransaction } from '../../shared/storage/pending.ts';
import { submitTransaction } from '../../shared/storage/transactions.ts';
import type { Submission } from '../../shared/storage/types.ts';
import { buildSubmission, newSubmissionId, referenceOf } from '../../shared/submissions/index.ts';
import { buildBundles, measureColdLoads } from './bundles.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 17);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const POLL = 'strategiepapier-name';
const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.error(`  ${what}: ${value}`);
};

async function inParallel(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await task(i);
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Functions behind the public HTTP API carry the tighter budgets. */
const isPublic = (name: string) => name in FUNCTIONS && FUNCTIONS[name as FunctionName].kind === 'http';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

// 1. Bundles and cold loads (fresh Node processes, interleaved rounds, medians).
console.error('Building bundles and measuring cold loads …');
const outDir = mkdtempSync(join(tmpdir(), 'mitwirken-bench-'));
const bundles = await buildBundles(outDir);
const env = {
  ...process.env,
  TABLE_NAME: 'bench',
  MAIL_FROM: 'bench@example.org',
  AWS_REGION: 'eu-central-1',
  PUBLIC_BASE_URL: 'http://localhost:3000',
  LINK_SECRET_FILE: join(outDir, 'link-signing-key.json'),
  STAFF_SECRET_FILE: join(outDir, 'staff-signing-key.json'),
  PARTICIPATION_SECRET_FILE: join(outDir, 'participation-key.json'),
};
const loads = measureColdLoads(bundles, ROUNDS, env);
const empty = loads.get('empty');
if (!empty) throw new Error('the empty bundle was not measured');
for (const bundle of bundles) {
  if (bundle.name === 'empty' || bundle.name === 'sdk-only') continue;
  const budget = bundle.name === 'mailer' ? '≤ 400 KB' : isPublic(bundle.name) ? '≤ 200 KB' : '';
  row(`bundle size: ${bundle.name}`, kb(bundle.bytes), budget);
}
for (const bundle of bundles) {
  const load = loads.get(bundle.name);
  if (bundle.name === 'empty' || !load) continue;
  const publicBudget = isPublic(bundle.name) ? '≤ 1.5x' : '';
  row(
    `cold start ${bundle.name} ÷ empty bundle (fresh process, median of ${ROUNDS})`,
    `${(load.processMs / empty.processMs).toFixed(2)}x`,
    publicBudget,
  );
  row(`  module import alone: ${bundle.name}`, `${load.importMs.toFixed(1)} ms`);
}
row(
  `cold start of the empty bundle (fresh process, median of ${ROUNDS})`,
  `${empty.processMs.toFixed(1)} ms`,
);
rmSync(outDir, { recursive: true, force: true });

// 2. The local platform: capacity per submit, reads per warm render, throughput.
console.error('Starting the local platform …');
const platform = await startPlatform({
  port: await freePort(),
  sesPort: await freePort(),
  dynamoPort: await freePort(),
  formsDir: resolve('forms'),
  deadLetterPath: join(tmpdir(), `mitwirken-bench-dlq-${process.pid}.jsonl`),
  log: () => {},
});
try {
  const client = new DynamoDBClient({
    endpoint: platform.dynamoEndpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const repository = createRepository({ client, tableName: platform.tableName });
  const published = await repository.findPublishedBySlug(POLL);
  if (!published) throw new Error(`${POLL} was not published`);

  const submissionOf = (answersBytes: number): Submission => {
    const id = newSubmissionId(new Date());
    return {
      id,
      reference: referenceOf(id),
      consultationId: published.definition.id,
      definitionVersion: published.version,
      locale: 'de',
      submittedAt: new Date().toISOString(),
      answers: { name: 'wir-sind-hannover', comment: 'x'.repeat(answersBytes), privacy: true },
      personal: {},
      expiresAt: Math.floor(Date.now() / 1000) + 86400,
    };
  };
  const counters = { 'name#wir-sind-hannover': 1 };
  // DynamoDB Local under-reports transactions of several items, so each item of the submit
  // transaction is also sent in a transaction of its own (a twin id): AWS charges per item.
  const unitsPerItem = async (submission: Submission) => {
    const twin = { ...submission, id: newSubmissionId(new Date()) };
    const units: number[] = [];
    for (const item of submitTransaction(platform.tableName, twin, counters)) {
      const { ConsumedCapacity } = await client.send(
        new TransactWriteItemsCommand({ TransactItems: [item], ReturnConsumedCapacity: 'INDEXES' }),
      );
      units.push(ConsumedCapacity?.[0]?.CapacityUnits ?? Number.NaN);
    }
    return units;
  };
  for (const [label, bytes] of [
    ['typical poll answer, item < 1 KB', 300],
    ['1 KB of answers, item ≈ 1.5 KB', 1024],
  ] as const) {
    const submission = submissionOf(bytes);
    const result = await repository.putSubmissionOnce(submission, counters);
    const reported = result.stored ? result.consumed : undefined;
    const items = await unitsPerItem(submission);
    row(
      `DynamoDB WCU per submit, ${label} (per item; Local's own total)`,
      `${items.reduce((a, b) => a + b, 0)} (${items.join(' + ')}; ${reported?.total ?? '?'})`,
      '≤ 4',
    );
  }

  // A confirmed vote (verification: email, onePerPerson): the pending transaction at submit (pending
  // item, mail-cap item, pending counter) plus the confirm transaction (pending item confirmed,
  // submission, counter shard, voter marker), each item sent alone as above (AWS charges per item).
  const sendAlone = async (items: ReturnType<typeof pendingTransaction>) => {
    const units: number[] = [];
    for (const item of items) {
      const { ConsumedCapacity } = await client.send(
        new TransactWriteItemsCommand({ TransactItems: [item], ReturnConsumedCapacity: 'INDEXES' }),
      );
      units.push(ConsumedCapacity?.[0]?.CapacityUnits ?? Number.NaN);
    }
    return units;
  };
  {
    const now = new Date();
    const id = newSubmissionId(now);
    const person = 'bench-person-hmac-0123456789abcdefghijklmnopq';
    const answers = {
      name: 'wir-sind-hannover',
      comment: 'x'.repeat(300),
      email: 'bench@example.org',
      privacy: true,
    };
    const pending: PendingAnswer = {
      consultationId: published.definition.id,
      submissionId: id,
      reference: referenceOf(id),
      definitionVersion: published.version,
      locale: 'de',
      submittedAt: now.toISOString(),
      answers,
      copyRequested: false,
      email: 'bench@example.org',
      voter: person,
      status: 'pending',
      expiresAt: Math.floor(now.getTime() / 1000) + 48 * 3600,
    };
    const iso = now.toISOString();
    const caps = {
      person,
      day: iso.slice(0, 10),
      hour: iso.slice(0, 13),
      perDay: 1_000_000,
      perConsultationHour: 1_000_000,
      expiresAt: Math.floor(now.getTime() / 1000) + 2 * 86_400,
    };
    const atSubmit = await sendAlone(pendingTransaction(platform.tableName, pending, caps));
    const { email: _email, ...vote } = answers;
    const { submission, effects } = buildSubmission(published.definition, published.version, {
      id,
      locale: 'de',
      answers: vote,
      copyRequested: false,
      now,
    });
    const { items } = confirmTransaction(platform.tableName, {
      pending,
      submission: { ...submission, voter: person },
      counters,
      effects,
      now,
      voter: { person, expiresAt: submission.expiresAt },
    });
    const atConfirm = await sendAlone(items);
    const sum = (units: number[]) => units.reduce((a, b) => a + b, 0);
    row(
      'DynamoDB WCU per confirmed vote, submit + confirm (per item), typical poll answer',
      `${sum(atSubmit) + sum(atConfirm)} (${sum(atSubmit)}: ${atSubmit.join(' + ')}; ${sum(atConfirm)}: ${atConfirm.join(' + ')})`,
    );
  }

  const warm = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'test/bench/warm-render.ts', platform.dynamoEndpoint, POLL],
      {
        env: {
          ...process.env,
          TABLE_NAME: platform.tableName,
          MAIL_FROM: 'bench@example.org',
          AWS_REGION: 'eu-central-1',
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
        },
        encoding: 'utf8',
      },
    ),
  ) as { cold: number; warmPerRender: number; renders: number };
  row('DynamoDB reads per form render (cold function)', String(warm.cold));
  row(`DynamoDB reads per form render (warm, mean of ${warm.renders})`, String(warm.warmPerRender), '0');

  console.error(
    `Submitting ${SUBMISSIONS} times through HTTP and putting ${SUBMISSIONS} items, ${CONCURRENCY} at a time …`,
  );
  let posted = 0;
  const post = async () => {
    const body = new URLSearchParams({
      _sid: newSubmissionId(new Date()),
      _v: published.version,
      _lang: 'de',
      name: 'hannover-verbindet',
      comment: 'Ein Name, der alle einschließt.',
      // The poll asks for email confirmation: one address per answer keeps every post under the caps.
      email: `bench-${posted++}@example.org`,
      privacy: 'yes',
    });
    const response = await fetch(`${platform.baseUrl}/c/${POLL}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    await response.arrayBuffer();
    if (response.status !== 202) throw new Error(`submit answered ${response.status}`);
  };
  const put = async (i: number) => {
    const item = { pk: `BENCH#${process.pid}#${i}`, sk: 'SUB', ...submissionOf(40) };
    await client.send(
      new PutItemCommand({
        TableName: platform.tableName,
        Item: marshall(item, { removeUndefinedValues: true }),
      }),
    );
  };
  // The transaction a submit of this poll writes (a pending answer: pending item, cap item, pending
  // counter), without HTTP or handler: where the platform's time goes.
  let raw = 0;
  const transact = async () => {
    const now = new Date();
    const id = newSubmissionId(now);
    const iso = now.toISOString();
    const pending: PendingAnswer = {
      consultationId: published.definition.id,
      submissionId: id,
      reference: referenceOf(id),
      definitionVersion: published.version,
      locale: 'de',
      submittedAt: iso,
      answers: { name: 'hannover-verbindet', comment: 'Ein Name, der alle einschließt.', privacy: true },
      copyRequested: false,
      email: `raw-${raw}@example.org`,
      voter: `raw-person-${raw++}`,
      status: 'pending',
      expiresAt: Math.floor(now.getTime() / 1000) + 3600,
    };
    const caps = {
      person: pending.voter,
      day: iso.slice(0, 10),
      hour: iso.slice(0, 13),
      perDay: 1_000_000,
      perConsultationHour: 1_000_000,
      expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
    };
    await client.send(
      new TransactWriteItemsCommand({ TransactItems: pendingTransaction(platform.tableName, pending, caps) }),
    );
  };
  // Warm every path first so none pays for JIT or connection setup in the measurement.
  await inParallel(CONCURRENCY * 2, CONCURRENCY, post);
  await inParallel(CONCURRENCY * 2, CONCURRENCY, put);
  await inParallel(CONCURRENCY * 2, CONCURRENCY, transact);
  const httpRate = await inParallel(SUBMISSIONS, CONCURRENCY, post);
  const putRate = await inParallel(SUBMISSIONS, CONCURRENCY, put);
  const transactRate = await inParallel(SUBMISSIONS, CONCURRENCY, transact);
  row(`submissions/s through the local HTTP platform (concurrency ${CONCURRENCY})`, httpRate.toFixed(0));
  row(`raw PutItem/s against the same DynamoDB Local (concurrency ${CONCURRENCY})`, putRate.toFixed(0));
  row(
    `raw submit transactions/s (pending answer: 3 items, no HTTP) against the same DynamoDB Local`,
    transactRate.toFixed(0),
  );
  row('submissions/s ÷ PutItem/s', `${(httpRate / putRate).toFixed(2)}x`);
  row('submissions/s ÷ raw submit transactions/s', `${(httpRate / transactRate).toFixed(2)}x`);
  client.destroy();
} finally {
  await platform.stop();
}

const header: [string, string, string] = ['measure', 'value', 'budget'];
const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
