import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { submissionKey } from '../../../shared/storage/index.ts';
import type { PublishedDefinition, Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { snapshotWorkflow, start } from '../../../shared/workflow/index.ts';
import { lambdaContext, streamEvent, streamRecord } from '../../support/events.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
} from './function-environment.ts';

type Handler = (
  event: DynamoDBStreamEvent,
  context: ReturnType<typeof lambdaContext>,
) => Promise<DynamoDBBatchResponse>;

let env: FunctionEnvironment;
let mailer: Handler;
let published: PublishedDefinition;
const ses = mockClient(SESClient);

beforeAll(async () => {
  env = await functionEnvironment('mailer');
  // The mailer's own configuration: absolute links need the public origin and the signing key.
  Object.assign(process.env, {
    PUBLIC_BASE_URL: 'https://mitwirken.test',
    LINK_SECRET_FILE: join(mkdtempSync(join(tmpdir(), 'mitwirken-mailer-')), 'link-signing-key.json'),
  });
  published = await env.repository.publishDefinition({
    ...aScheduledConsultation('fn-mailer', 'open', 'Umfrage'),
    workflow: {
      stages: [
        {
          id: 'experts',
          name: { de: 'Expert*innengruppe', en: 'Expert group' },
          approvers: [{ email: 'expertin@example.org', name: 'Dr. Anna Becker', language: 'de' }],
          rule: 'any',
          decisions: ['approve', 'reject', 'sendBack'],
          onReject: 'end',
          remindAfterDays: 3,
        },
      ],
      notify: { department: true },
    },
  });
  mailer = (await import('../../../functions/mailer/handler.ts')).handler as Handler;
});

afterEach(() => {
  ses.reset();
  vi.restoreAllMocks();
});

afterAll(() => {
  ses.restore();
  env.client.destroy();
});

let sequence = 0;

/** Stores a submission that asked for a copy and returns its stream record as DynamoDB would emit it. */
async function storedSubmission(copyTo: string) {
  const now = new Date(Date.now() + ++sequence);
  const id = newSubmissionId(now);
  const submission: Submission = {
    id,
    reference: referenceOf(id),
    consultationId: published.definition.id,
    definitionVersion: published.version,
    locale: 'de',
    submittedAt: now.toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: { email: copyTo },
    copyTo,
    expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
  };
  await env.repository.putSubmissionOnce(submission, {});
  const { Item } = await env.client.send(
    new GetItemCommand({
      TableName: env.tableName,
      Key: marshall(submissionKey(published.definition.id, id)),
      ConsistentRead: true,
    }),
  );
  return { id, record: streamRecord({ newImage: Item as any, sequenceNumber: String(1000 + sequence) }) };
}

/** Stores a submission with its workflow started and returns the stream records of its outbox items. */
async function startedSubmission() {
  const now = new Date(Date.now() + ++sequence);
  const id = newSubmissionId(now);
  const snapshot = snapshotWorkflow(published.definition, { submitterHasEmail: true });
  if (!snapshot) throw new Error('the test consultation has a workflow');
  const started = start(snapshot, now.toISOString());
  const submission: Submission = {
    id,
    reference: referenceOf(id),
    consultationId: published.definition.id,
    definitionVersion: published.version,
    locale: 'de',
    submittedAt: now.toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: { email: 'einreicherin@example.org' },
    expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
    workflow: { snapshot, state: started.state },
  };
  await env.repository.putSubmissionOnce(submission, {}, started.effects);
  const { pk, sk } = submissionKey(published.definition.id, id);
  const { Items = [] } = await env.client.send(
    new QueryCommand({
      TableName: env.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :out)',
      ExpressionAttributeValues: { ':pk': { S: pk }, ':out': { S: `${sk}#OUT#` } },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) =>
    streamRecord({ newImage: item as any, sequenceNumber: String(1000 + ++sequence) }),
  );
}

const recipients = () =>
  ses.commandCalls(SendEmailCommand).flatMap((call) => call.args[0].input.Destination?.ToAddresses ?? []);

describe('mailer', () => {
  it('reports only the record whose email failed and delivers the others', async () => {
    // Prepare
    const first = await storedSubmission('erste@example.org');
    const failing = await storedSubmission('scheitert@example.org');
    const last = await storedSubmission('letzte@example.org');
    ses.on(SendEmailCommand).callsFake((input: { Destination: { ToAddresses: string[] } }) => {
      if (input.Destination.ToAddresses.includes('scheitert@example.org')) {
        throw Object.assign(new Error('Throttling: rate exceeded for scheitert@example.org'), {
          name: 'Throttling',
        });
      }
      return { MessageId: 'local-message' };
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Act
    const result = await mailer(streamEvent([first.record, failing.record, last.record]), lambdaContext());
    // Assess
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: failing.record.dynamodb?.SequenceNumber }],
    });
    expect(recipients()).toEqual(['erste@example.org', 'scheitert@example.org', 'letzte@example.org']);
    expect(
      (await env.repository.getSubmission(published.definition.id, first.id))?.confirmationSentAt,
    ).toEqual(expect.any(String));
    expect(
      (await env.repository.getSubmission(published.definition.id, last.id))?.confirmationSentAt,
    ).toEqual(expect.any(String));
    expect(
      (await env.repository.getSubmission(published.definition.id, failing.id))?.confirmationSentAt,
    ).toBeUndefined();
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(JSON.parse(line)).toMatchObject({
      level: 'ERROR',
      sequenceNumber: failing.record.dynamodb?.SequenceNumber,
      error: { name: 'Throttling' },
    });
    expect(line).not.toContain('scheitert@');
  });

  it('sends only what is still missing when the batch is retried', async () => {
    // Prepare
    const delivered = await storedSubmission('schon@example.org');
    const pending = await storedSubmission('spaeter@example.org');
    ses
      .on(SendEmailCommand)
      .rejectsOnce(new Error('Service unavailable'))
      .resolves({ MessageId: 'local-message' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await mailer(streamEvent([pending.record]), lambdaContext());
    await mailer(streamEvent([delivered.record]), lambdaContext());
    // Not resetHistory(): it would also restart rejectsOnce's call counting.
    const sentBefore = recipients().length;
    // Act
    const retry = await mailer(streamEvent([delivered.record, pending.record]), lambdaContext());
    // Assess
    expect(retry).toEqual({ batchItemFailures: [] });
    expect(recipients().slice(sentBefore)).toEqual(['spaeter@example.org']);
  });

  it('sends nothing for records that are not new submissions asking for a copy', async () => {
    const stored = await storedSubmission('kopie@example.org');
    ses.on(SendEmailCommand).resolves({ MessageId: 'local-message' });
    const modified = { ...stored.record, eventName: 'MODIFY' as const };
    const other = streamRecord({
      newImage: { pk: { S: 'CONS#fn-mailer' }, sk: { S: 'META' } },
      sequenceNumber: '1',
    });

    const result = await mailer(streamEvent([modified, other]), lambdaContext());

    expect(result).toEqual({ batchItemFailures: [] });
    expect(recipients()).toEqual([]);
  });

  it('delivers confirmation copies and workflow emails of one batch and reports only the failing record', async () => {
    // Prepare
    const copy = await storedSubmission('kopie-gemischt@example.org');
    const outbox = await startedSubmission();
    const failing = await storedSubmission('scheitert-gemischt@example.org');
    ses.on(SendEmailCommand).callsFake((input: { Destination: { ToAddresses: string[] } }) => {
      if (input.Destination.ToAddresses.includes('scheitert-gemischt@example.org')) {
        throw Object.assign(new Error('Throttling'), { name: 'Throttling' });
      }
      return { MessageId: 'local-message' };
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Act
    const result = await mailer(streamEvent([copy.record, ...outbox, failing.record]), lambdaContext());
    const retry = await mailer(streamEvent([copy.record, ...outbox]), lambdaContext());
    // Assess
    expect(result).toEqual({
      batchItemFailures: [{ itemIdentifier: failing.record.dynamodb?.SequenceNumber }],
    });
    expect(retry).toEqual({ batchItemFailures: [] });
    expect(outbox).toHaveLength(2);
    expect(recipients().sort()).toEqual(
      [
        'einreicherin@example.org',
        'expertin@example.org',
        'kopie-gemischt@example.org',
        'scheitert-gemischt@example.org',
      ].sort(),
    );
    const decisionRequest = ses
      .commandCalls(SendEmailCommand)
      .find((call) => call.args[0].input.Destination?.ToAddresses?.includes('expertin@example.org'));
    expect(decisionRequest?.args[0].input.Message?.Body?.Text?.Data).toMatch(
      /https:\/\/mitwirken\.test\/r\/\S+/,
    );
  });
});
