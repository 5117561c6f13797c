/**
 * The tuned bundles still work: form, submit and mailer as `cdk synth` ships them (built by
 * infra/build/function-bundle.ts, credentials from env vars only, event streams stubbed), loaded the
 * way the Lambda runtime loads them, against DynamoDB Local and the local SES.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_FORMAT } from '../../../infra/build/function-bundle.ts';
import { parseSubmissionKey } from '../../../shared/storage/index.ts';
import { buildBundles } from '../../bench/bundles.ts';
import { formPost, httpEvent, lambdaContext, streamEvent, streamRecord } from '../../support/events.ts';
import { emailsTo } from '../../support/local-aws.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
} from './function-environment.ts';

type HttpHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;
type StreamHandler = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;

const SLUG = 'fn-built-bundles';
const RESIDENT = `bundles-${Date.now()}@example.org`;
const work = mkdtempSync(join(tmpdir(), 'mitwirken-built-'));
let env: FunctionEnvironment;
let handlers: { form: HttpHandler; submit: HttpHandler; mailer: StreamHandler };

beforeAll(async () => {
  env = await functionEnvironment('built-bundles');
  process.env.PUBLIC_BASE_URL = 'https://mitwirken.test';
  await env.repository.publishDefinition(aScheduledConsultation(SLUG, 'open', 'Gebündelt'));
  // The Lambda runtime require()s a CommonJS index.js; the test loads the same files the same way.
  expect(FUNCTION_FORMAT).toBe('cjs');
  const load = createRequire(import.meta.url);
  const built = new Map(buildBundles(work, ['form', 'submit', 'mailer']).map((b) => [b.name, b.file]));
  const handlerOf = (name: 'form' | 'submit' | 'mailer') =>
    (load(built.get(name) ?? name) as { handler: never }).handler;
  handlers = { form: handlerOf('form'), submit: handlerOf('submit'), mailer: handlerOf('mailer') };
}, 120_000);

afterAll(() => {
  env.client.destroy();
  rmSync(work, { recursive: true, force: true });
});

/** The hidden inputs of a rendered form (the ids the server issued), by name. */
const hiddenInputs = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );

describe('the built bundles of form, submit and mailer', () => {
  it('render a page, store a submission and send its copy by mail', async () => {
    // Act: the form page, as the built form bundle renders it.
    const page = await handlers.form(
      httpEvent({ route: '/c/{slug}', pathParameters: { slug: SLUG } }),
      lambdaContext(),
    );
    expect(page.statusCode).toBe(200);
    expect(String(page.body)).toContain('Gebündelt');
    const hidden = hiddenInputs(String(page.body));
    expect(Object.keys(hidden)).toEqual(expect.arrayContaining(['_sid', '_v']));

    // Act: the resident posts it back to the built submit bundle, asking for a copy.
    const answer = await handlers.submit(
      formPost(SLUG, { ...hidden, _lang: 'de', name_choice: 'zusammen', email: RESIDENT, _copy: 'yes' }),
      lambdaContext(),
    );
    expect(answer.statusCode).toBe(303);
    const stored = (await env.scan()).filter((item) =>
      parseSubmissionKey({ pk: item.pk?.S ?? '', sk: item.sk?.S ?? '' }),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.answers?.M?.name_choice?.S).toBe('zusammen');

    // Act: the stream delivers the new submission to the built mailer bundle.
    const result = await handlers.mailer(
      streamEvent([streamRecord({ newImage: stored[0] as never, sequenceNumber: '1' })]),
      lambdaContext(),
    );

    // Assess: one mail reached the local SES, the resident's copy.
    expect(result.batchItemFailures).toEqual([]);
    const mails = await emailsTo(RESIDENT);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBeTruthy();
  });
});
