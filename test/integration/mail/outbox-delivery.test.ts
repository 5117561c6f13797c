import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Keyring, verifyLink } from '../../../shared/links/index.ts';
import { deliverOutboxEmail, type OutboxDeliveryDeps, type OutboxRef } from '../../../shared/mail/index.ts';
import { createDefinitionCache, createRepository, submissionKey } from '../../../shared/storage/index.ts';
import type { PublishedDefinition, Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { snapshotWorkflow, start } from '../../../shared/workflow/index.ts';
import type { Effect, EmailEffect } from '../../../shared/workflow/types.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { emailsTo, localDynamoClient, localSesClient } from '../../support/local-aws.ts';

const CONSULTATION = 'mail-outbox';
const client = localDynamoClient();
const tableName = inject('tableName');
const repository = createRepository({ client, tableName });
const definitions = createDefinitionCache(repository, { ttlSeconds: 60 });
const keyring: Keyring = { current: { id: 'k1', secret: Buffer.alloc(32, 3) }, previous: [] };
const links = { baseUrl: 'https://mitwirken.test', keyring: async () => keyring };
const mail = { from: 'beteiligung@hannover.example' };
let published: PublishedDefinition;
let approver: string;

const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}@example.org`;

beforeAll(async () => {
  approver = unique('expertin');
  published = await repository.publishDefinition(
    aConsultation(CONSULTATION, {
      workflow: {
        stages: [
          {
            id: 'experts',
            name: { de: 'Expert*innengruppe', en: 'Expert group' },
            approvers: [{ email: approver.toUpperCase(), name: 'Dr. Anna Becker', language: 'en' }],
            rule: 'any',
          },
        ],
      },
    }),
  );
});
afterAll(() => client.destroy());

/** Stores a submission as submit does: with its workflow and the outbox items of its start. */
async function aStartedSubmission(
  options: { email?: string; effects?: (started: Effect[]) => Effect[] } = {},
) {
  const id = newSubmissionId(WHILE_OPEN);
  const snapshot = snapshotWorkflow(published.definition, { submitterHasEmail: true });
  if (!snapshot) throw new Error('the test consultation has a workflow');
  const started = start(snapshot, WHILE_OPEN.toISOString());
  const submission: Submission = {
    id,
    reference: referenceOf(id),
    consultationId: CONSULTATION,
    definitionVersion: published.version,
    locale: 'de',
    submittedAt: WHILE_OPEN.toISOString(),
    answers: { name_choice: 'zusammen', comment: 'Mehr Begegnung im Stadtteil' },
    personal: options.email ? { email: options.email } : {},
    expiresAt: Math.floor(WHILE_OPEN.getTime() / 1000) + 30 * 86_400,
    workflow: { snapshot, state: started.state },
  };
  await repository.putSubmissionOnce(submission, {}, options.effects?.(started.effects) ?? started.effects);
  return { submission, outbox: await outboxOf(id) };
}

/** The outbox items of a submission, by template (read straight from the table: tests only). */
async function outboxOf(submissionId: string): Promise<Map<string, OutboxRef>> {
  const { pk, sk } = submissionKey(CONSULTATION, submissionId);
  const { Items = [] } = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :out)',
      ExpressionAttributeValues: { ':pk': { S: pk }, ':out': { S: `${sk}#OUT#` } },
      ConsistentRead: true,
    }),
  );
  return new Map(
    Items.map((raw) => {
      const item = unmarshall(raw);
      const ref = {
        consultationId: CONSULTATION,
        submissionId,
        outboxId: String(item.sk).split('#OUT#')[1] ?? '',
      };
      return [String(item.effect.template), ref];
    }),
  );
}

function refFor(outbox: Map<string, OutboxRef>, template: EmailEffect['template']): OutboxRef {
  const ref = outbox.get(template);
  if (!ref) throw new Error(`no ${template} outbox item`);
  return ref;
}

describe('deliverOutboxEmail with the local SES', () => {
  it('sends a decision request once, with a decision link that verifies, and nothing when called again', async () => {
    // Prepare
    const ses = localSesClient();
    const deps: OutboxDeliveryDeps = { repository, definitions, ses, mail, links, now: () => WHILE_OPEN };
    const { submission, outbox } = await aStartedSubmission({ email: unique('amira') });
    const ref = refFor(outbox, 'approvalRequested');
    // Act
    const first = await deliverOutboxEmail(deps, ref);
    const second = await deliverOutboxEmail(deps, ref);
    // Assess
    expect([first, second]).toEqual(['sent', 'alreadySent']);
    const received = (await emailsTo(approver)).filter((e) => e.subject.includes(submission.reference));
    expect(received).toHaveLength(1);
    const text = received[0]?.body.text ?? '';
    expect(text).toContain('Hello Dr. Anna Becker,');
    expect(text).toContain('“Expert group”');
    const token = /https:\/\/mitwirken\.test\/r\/([A-Za-z0-9_.-]+)/.exec(text)?.[1];
    expect(verifyLink(token, keyring, WHILE_OPEN)).toMatchObject({
      ok: true,
      claims: { purpose: 'decide', submissionId: submission.id, stageId: 'experts', approver, round: 1 },
    });
    expect((await repository.getOutboxItem(CONSULTATION, submission.id, ref.outboxId))?.sentAt).toBeDefined();
    ses.destroy();
  });

  it("tells the submitter in their language with a status link and without the approver's address", async () => {
    const ses = localSesClient();
    const deps: OutboxDeliveryDeps = { repository, definitions, ses, mail, links, now: () => WHILE_OPEN };
    const submitter = unique('olena');
    const { outbox } = await aStartedSubmission({ email: submitter });

    expect(await deliverOutboxEmail(deps, refFor(outbox, 'received'))).toBe('sent');

    const [email] = await emailsTo(submitter);
    expect(email?.subject).toMatch(/^Eingegangen: /);
    expect(email?.body.text).toMatch(/https:\/\/mitwirken\.test\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/);
    expect(email?.body.text).toContain('„Expert*innengruppe“');
    expect(`${email?.body.text}${email?.body.html}`.toLowerCase()).not.toContain(approver);
    ses.destroy();
  });

  it('marks an email to a submitter without an address as done and sends nothing', async () => {
    const ses = new SESClient({ region: 'eu-central-1' });
    const sesMock = mockClient(ses);
    const deps: OutboxDeliveryDeps = { repository, definitions, ses, mail, links };
    const { submission, outbox } = await aStartedSubmission();
    const ref = refFor(outbox, 'received');

    expect(await deliverOutboxEmail(deps, ref)).toBe('noRecipient');
    expect(await deliverOutboxEmail(deps, ref)).toBe('alreadySent');

    expect(sesMock.commandCalls(SendEmailCommand)).toHaveLength(0);
    expect((await repository.getOutboxItem(CONSULTATION, submission.id, ref.outboxId))?.sentAt).toBeDefined();
    sesMock.restore();
  });

  it('sends nothing for an outbox item that does not exist', async () => {
    const deps: OutboxDeliveryDeps = { repository, definitions, ses: localSesClient(), mail, links };
    const { submission } = await aStartedSubmission();
    const missing = {
      consultationId: CONSULTATION,
      submissionId: submission.id,
      outboxId: newSubmissionId(WHILE_OPEN),
    };

    expect(await deliverOutboxEmail(deps, missing)).toBe('gone');
    deps.ses.destroy();
  });
});

describe('deliverOutboxEmail when SES fails', () => {
  it('propagates a throttling error, marks nothing, and sends exactly once on the retry', async () => {
    // Prepare
    const ses = new SESClient({ region: 'eu-central-1' });
    const sesMock = mockClient(ses);
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
    sesMock.on(SendEmailCommand).rejectsOnce(throttled).resolves({ MessageId: 'm-1' });
    const deps: OutboxDeliveryDeps = {
      repository,
      definitions,
      ses,
      mail: { ...mail, configurationSet: 'mitwirken' },
      links,
    };
    const { submission, outbox } = await aStartedSubmission({ email: unique('samir') });
    const ref = refFor(outbox, 'approvalRequested');
    // Act + Assess
    await expect(deliverOutboxEmail(deps, ref)).rejects.toMatchObject({ name: 'Throttling' });
    expect(
      (await repository.getOutboxItem(CONSULTATION, submission.id, ref.outboxId))?.sentAt,
    ).toBeUndefined();
    expect(await deliverOutboxEmail(deps, ref)).toBe('sent');
    expect(await deliverOutboxEmail(deps, ref)).toBe('alreadySent');

    const sends = sesMock.commandCalls(SendEmailCommand);
    expect(sends).toHaveLength(2);
    expect(sends[1]?.args[0].input).toMatchObject({
      Source: mail.from,
      Destination: { ToAddresses: [approver] },
      ConfigurationSetName: 'mitwirken',
      Message: {
        Subject: { Charset: 'UTF-8' },
        Body: { Text: { Charset: 'UTF-8' }, Html: { Charset: 'UTF-8' } },
      },
    });
    sesMock.restore();
  });
});
