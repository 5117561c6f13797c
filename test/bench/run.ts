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
import { keyringSourceFromEnv, loadKeyring } from '../../shared/links/index.ts';
import { createRepository } from '../../shared/storage/index.ts';
import { confirmTransaction, type PendingAnswer, pendingTransaction } from '../../shared/storage/pending.ts';
import { submitTransaction } from '../../shared/storage/transactions.ts';
import type { Submission } from '../../shared/storage/types.ts';
import { issueFormToken } from '../../shared/submissions/form-token.ts';
import { buildSubmission, newSubmissionId, referenceOf } from '../../shared/submissions/index.ts';
import { formPost, httpEvent } from '../support/events.ts';
import { TEST_ORIGIN_SECRET } from '../support/origin-secret.ts';
import { audienceOf, byteCeiling, GOAL_BYTES } from './budgets.ts';
import { type Bundle, buildBundles, measureColdLoads, median } from './bundles.ts';
import { coldRequestOnce, startTlsProxy } from './cold-request.ts';
import { benchEnvironment } from './environment.ts';
import { costsByModule, summarize, zodInstancesAtLoad } from './zod-at-load.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 17);
const COLD_REQUEST_ROUNDS = Number(process.env.BENCH_COLD_REQUEST_ROUNDS ?? 7);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARM_UP_MS = Number(process.env.BENCH_WARM_UP_MS ?? 6000);
const THROUGHPUT_ROUNDS = 6;
const POLL = 'strategiepapier-name';
const rows: [string, string, string][] = [];
const row = (what: string, value: string, budget = '') => {
  rows.push([what, value, budget]);
  console.error(`  ${what}: ${value}`);
};

/** Runs `count` tasks `concurrency` at a time; returns the seconds it took. */
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
  return (performance.now() - started) / 1000;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of body) console.log(line(r));
  console.log();
}

// 1. Bundles as deployed, cold loads (fresh Node processes, interleaved rounds, medians), zod at load.
console.error('Building bundles and measuring cold loads …');
const outDir = mkdtempSync(join(tmpdir(), 'mitwirken-bench-'));
const bundles = buildBundles(outDir);
const env = benchEnvironment(outDir);
const loads = measureColdLoads(bundles, ROUNDS, env);
const loadOf = (name: Bundle['name']) => {
  const load = loads.get(name);
  if (!load) throw new Error(`${name} was not measured`);
  return load;
};
const empty = loadOf('empty');
const sdkOnly = loadOf('sdk-only');
const functions = bundles.filter((b): b is Bundle & { name: FunctionName } => b.name in FUNCTIONS);
const zodAtLoad = new Map(functions.map((b) => [b.name, zodInstancesAtLoad(b.file, env)]));

console.error('Attributing zod instances at load to modules …');
const attributed = new Map<string, string[]>();
for (const name of ['form', 'submit', 'review'] as const) {
  const costs = await costsByModule(FUNCTIONS[name].entry, join(outDir, `attributed-${name}`), env);
  attributed.set(name, summarize(costs, 16));
}

const coldRequests = new Map<Bundle['name'], number>();

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
          // httpEvent sends the tests' value; the platform started above set its own into process.env.
          ORIGIN_VERIFY_SECRET: TEST_ORIGIN_SECRET,
        },
        encoding: 'utf8',
      },
    ),
  ) as { cold: number; warmPerRender: number; renders: number };
  row('DynamoDB reads per form render (cold function)', String(warm.cold));
  row(`DynamoDB reads per form render (warm, mean of ${warm.renders})`, String(warm.warmPerRender), '0');

  // Cold requests through the TLS proxy: import + first invocation in a fresh process, interleaved.
  console.error('Measuring cold requests through a local TLS proxy …');
  const proxy = await startTlsProxy(platform.dynamoEndpoint, outDir);
  const requestEnv = benchEnvironment(outDir, {
    TABLE_NAME: platform.tableName,
    AWS_ENDPOINT_URL_DYNAMODB: proxy.endpoint,
    NODE_EXTRA_CA_CERTS: proxy.caFile,
  });
  const submitFields = () => ({
    _sid: newSubmissionId(new Date()),
    _v: published.version,
    _lang: 'de',
    name: 'hannover-verbindet',
    comment: 'Ein Name, der alle einschließt.',
    privacy: 'yes',
  });
  const coldEvents: Partial<Record<Bundle['name'], () => unknown>> = {
    'sdk-only': () => ({ table: platform.tableName, pk: `CONS#${published.definition.id}`, sk: 'META' }),
    home: () => httpEvent({ route: '/' }),
    form: () => httpEvent({ route: '/c/{slug}', pathParameters: { slug: POLL } }),
    submit: () => formPost(POLL, submitFields()),
    confirmation: () =>
      httpEvent({
        route: '/c/{slug}/s/{submissionId}',
        pathParameters: { slug: POLL, submissionId: newSubmissionId(new Date()) },
      }),
  };
  const coldSamples = new Map<Bundle['name'], number[]>();
  for (let round = 0; round < COLD_REQUEST_ROUNDS; round++) {
    for (const [name, event] of Object.entries(coldEvents) as [Bundle['name'], () => unknown][]) {
      const bundle = bundles.find((b) => b.name === name);
      if (!bundle) continue;
      const samples = coldSamples.get(name) ?? [];
      samples.push(await coldRequestOnce(bundle.file, event(), requestEnv));
      coldSamples.set(name, samples);
    }
  }
  await proxy.stop();
  for (const [name, samples] of coldSamples) coldRequests.set(name, median(samples));

  // Throughput, warm: ≥ WARM_UP_MS of both paths first, then rounds that alternate HTTP submissions
  // and raw submit transactions so the JVM's state and the machine's noise hit both alike.
  console.error(`Warming up for ${WARM_UP_MS} ms, then ${THROUGHPUT_ROUNDS} interleaved rounds …`);
  console.error(
    `Submitting ${SUBMISSIONS} times through HTTP and putting ${SUBMISSIONS} items, ${CONCURRENCY} at a time …`,
  );
  // Signed as the form page would sign it, with the platform's own PARTICIPATION key: the throughput
  // measured is the submit's, without a form render per post.
  const participation = await loadKeyring(keyringSourceFromEnv(process.env, 'PARTICIPATION'));
  const binding = { consultationId: published.definition.id, version: published.version };
  let posted = 0;
  const post = async () => {
    const body = new URLSearchParams({
      _sid: issueFormToken(participation, binding, new Date()),
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
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) {
    await inParallel(CONCURRENCY * 4, CONCURRENCY, post);
    await inParallel(CONCURRENCY * 4, CONCURRENCY, transact);
    await inParallel(CONCURRENCY * 4, CONCURRENCY, put);
  }
  const perRound = Math.ceil(SUBMISSIONS / THROUGHPUT_ROUNDS);
  const seconds = { http: 0, transact: 0, put: 0 };
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    const order =
      round % 2 === 0 ? (['http', 'transact', 'put'] as const) : (['put', 'transact', 'http'] as const);
    for (const path of order) {
      seconds[path] += await inParallel(perRound, CONCURRENCY, { http: post, transact, put }[path]);
    }
  }
  const total = perRound * THROUGHPUT_ROUNDS;
  const httpRate = total / seconds.http;
  const transactRate = total / seconds.transact;
  const putRate = total / seconds.put;
  const how = `concurrency ${CONCURRENCY}, after ${WARM_UP_MS / 1000} s warm-up, ${THROUGHPUT_ROUNDS} interleaved rounds`;
  row(`submissions/s through the local HTTP platform (${how})`, httpRate.toFixed(0));
  row(
    `raw submit transactions/s (pending answer: 3 items, no HTTP) against the same DynamoDB Local`,
    transactRate.toFixed(0),
  );
  row('raw PutItem/s against the same DynamoDB Local (for scale only)', putRate.toFixed(0));
  row('submissions/s ÷ raw submit transactions/s', ratio(httpRate, transactRate), '≥ 0.8x');
  client.destroy();
} finally {
  await platform.stop();
}

rmSync(outDir, { recursive: true, force: true });

console.log(`Functions as deployed (cold loads: median of ${ROUNDS} interleaved fresh-process rounds; cold`);
console.log(
  `requests: median of ${COLD_REQUEST_ROUNDS}, import + first invocation, DynamoDB Local behind a TLS proxy)`,
);
console.log();
const sdkRequest = coldRequests.get('sdk-only');
printTable(
  [
    'function',
    'bundle',
    'goal (ceiling)',
    'cold load ÷ SDK-only',
    '÷ empty',
    'import ms',
    'zod at load',
    'cold request ms',
    '÷ SDK-only GetItem',
  ],
  bundles.map((b) => {
    const load = loadOf(b.name);
    const isFunction = b.name in FUNCTIONS;
    const goal = isFunction ? `${kb(GOAL_BYTES[audienceOf(b.name)])} (${kb(byteCeiling(b.name))})` : '';
    const request = coldRequests.get(b.name);
    return [
      b.name,
      kb(b.bytes),
      goal,
      ratio(load.processMs, sdkOnly.processMs),
      ratio(load.processMs, empty.processMs),
      load.importMs.toFixed(1),
      isFunction ? String(zodAtLoad.get(b.name as FunctionName) ?? '') : '0',
      request === undefined ? '' : request.toFixed(0),
      request === undefined || sdkRequest === undefined ? '' : ratio(request, sdkRequest),
    ];
  }),
);
console.log(
  `Cold load of the empty bundle: ${empty.processMs.toFixed(1)} ms; of the SDK-only reference: ${sdkOnly.processMs.toFixed(1)} ms. Budget: public functions ≤ 1.2x SDK-only.`,
);
console.log();
for (const [name, lines] of attributed) {
  console.log(
    `Where ${name}'s zod instances and load time come from (instrumented build of the same options):`,
  );
  for (const line of lines) console.log(`- ${line}`);
  console.log();
}
printTable(['measure', 'value', 'budget'], rows);
