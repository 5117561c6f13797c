import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverConfirmation } from '../../../shared/mail/deliver.ts';
import { createDefinitionCache, createRepository } from '../../../shared/storage/index.ts';
import type { PublishedDefinition, Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { emailsTo, localDynamoClient, localSesClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const repository = createRepository({ client, tableName: inject('tableName') });
const definitions = createDefinitionCache(repository, { ttlSeconds: 60 });
const mail = { from: 'beteiligung@hannover.example' };
let published: PublishedDefinition;

beforeAll(async () => {
  published = await repository.publishDefinition(aConsultation('mail-deliver'));
});
afterAll(() => client.destroy());

async function aStoredSubmission(copyTo: string | undefined): Promise<Submission> {
  const id = newSubmissionId(WHILE_OPEN);
  const submission: Submission = {
    id,
    reference: referenceOf(id),
    consultationId: 'mail-deliver',
    definitionVersion: published.version,
    locale: 'en',
    submittedAt: WHILE_OPEN.toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: { full_name: 'Amira Yılmaz', ...(copyTo ? { email: copyTo } : {}) },
    ...(copyTo ? { copyTo } : {}),
    expiresAt: Math.floor(WHILE_OPEN.getTime() / 1000) + 30 * 86_400,
  };
  await repository.putSubmissionOnce(submission, {});
  return submission;
}

const refOf = (submission: Submission) => ({
  consultationId: submission.consultationId,
  submissionId: submission.id,
});
const uniqueAddress = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}@example.org`;

describe('deliverConfirmation with the local SES', () => {
  it('sends one copy with the reference, and nothing when called again', async () => {
    const ses = localSesClient();
    const recipient = uniqueAddress('amira');
    const submission = await aStoredSubmission(recipient);
    const deps = { repository, definitions, ses, mail };

    expect(await deliverConfirmation(deps, refOf(submission))).toBe('sent');
    expect(await deliverConfirmation(deps, refOf(submission))).toBe('alreadySent');

    const received = await emailsTo(recipient);
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe(mail.from);
    expect(received[0]?.body.text).toContain(submission.reference);
    expect(received[0]?.body.html).toContain(submission.reference);
    expect((await repository.getSubmission('mail-deliver', submission.id))?.confirmationSentAt).toBeDefined();
    ses.destroy();
  });

  it('sends nothing for a submission without copyTo, an unknown id or an id of another consultation', async () => {
    const ses = localSesClient();
    const submission = await aStoredSubmission(undefined);
    const deps = { repository, definitions, ses, mail };

    expect(await deliverConfirmation(deps, refOf(submission))).toBe('noCopy');
    expect(await deliverConfirmation(deps, { ...refOf(submission), consultationId: 'mail-other' })).toBe(
      'gone',
    );
    expect(
      await deliverConfirmation(deps, {
        consultationId: 'mail-deliver',
        submissionId: newSubmissionId(WHILE_OPEN),
      }),
    ).toBe('gone');
    ses.destroy();
  });
});

describe('deliverConfirmation when SES fails', () => {
  it('propagates a throttling error, marks nothing, and sends exactly once on the retry', async () => {
    const ses = new SESClient({ region: 'eu-central-1' });
    const sesMock = mockClient(ses);
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
    sesMock.on(SendEmailCommand).rejectsOnce(throttled).resolves({ MessageId: 'm-1' });
    const submission = await aStoredSubmission(uniqueAddress('olena'));
    const deps = { repository, definitions, ses, mail: { ...mail, configurationSet: 'mitwirken' } };

    await expect(deliverConfirmation(deps, refOf(submission))).rejects.toMatchObject({ name: 'Throttling' });
    expect(
      (await repository.getSubmission('mail-deliver', submission.id))?.confirmationSentAt,
    ).toBeUndefined();

    expect(await deliverConfirmation(deps, refOf(submission))).toBe('sent');
    expect(await deliverConfirmation(deps, refOf(submission))).toBe('alreadySent');

    const sends = sesMock.commandCalls(SendEmailCommand);
    expect(sends).toHaveLength(2);
    expect(sends[1]?.args[0].input).toMatchObject({
      Source: mail.from,
      Destination: { ToAddresses: [submission.copyTo] },
      ConfigurationSetName: 'mitwirken',
      Message: {
        Subject: { Charset: 'UTF-8' },
        Body: { Text: { Charset: 'UTF-8' }, Html: { Charset: 'UTF-8' } },
      },
    });
    sesMock.restore();
  });
});
