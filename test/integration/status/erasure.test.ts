import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Keyring, loadKeyring } from '../../../shared/links/index.ts';
import { statusLink } from '../../../shared/mail/links.ts';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { eraseOnRequest } from '../../../shared/submissions/erase.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultationWithWorkflow, aStage } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../support/events.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  schedules,
} from '../functions/function-environment.ts';

const definition = aConsultationWithWorkflow('st-erase', [aStage('experts', 2, { rule: 'all' })], {
  ...schedules.open(),
});

const ADDRESS = 'amira.erase@example.org';
const NAME = 'Amira Yılmaz-Erase';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: ReturnType<typeof lambdaContext>,
) => Promise<APIGatewayProxyStructuredResultV2>;

let env: FunctionEnvironment;
let keyring: Keyring;
let erase: Handler;

beforeAll(async () => {
  env = await functionEnvironment('erase');
  const keyFile = join(mkdtempSync(join(tmpdir(), 'mitwirken-erase-')), 'link-signing-key.json');
  process.env.LINK_SECRET_FILE = keyFile;
  await env.repository.publishDefinition(definition);
  keyring = await loadKeyring({ kind: 'file', path: keyFile });
  erase = (await import('../../../functions/erase/handler.ts')).handler as Handler;
});

const tokenOf = (submission: Submission) =>
  new URL(
    statusLink(
      '',
      keyring,
      { consultationId: definition.id, submissionId: submission.id, expiresAt: submission.expiresAt },
      submission.locale,
    ).url,
    'https://mitwirken.test',
  ).pathname.replace('/s/', '');

const postErase = (token: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  erase(
    httpEvent({
      method: 'POST',
      route: '/s/{token}/erase',
      pathParameters: { token },
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: Buffer.from(urlencoded(fields), 'utf8').toString('base64'),
      isBase64Encoded: true,
    }),
    lambdaContext(),
  );

afterAll(() => env.client.destroy());

async function submit(): Promise<Submission> {
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const now = new Date();
  const outcome = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring, now: () => now },
    {
      slug: definition.slug,
      body: {
        _sid: await signedFormIdFor(definitions, definition.slug, now),
        name_choice: 'zusammen',
        comment: 'Mehr Sprachcafés',
        email: ADDRESS,
        full_name: NAME,
        _copy: 'yes',
      },
    },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

const plain = (items: Record<string, AttributeValue>[]) => items.map((item) => unmarshall(item));
const bySk = (items: Record<string, unknown>[], part: string) =>
  items.filter((item) => String(item.sk).includes(part));

describe('erasure on request', () => {
  it('removes every personal value from the submission and its items, keeps the counts, records it once', async () => {
    // Prepare
    const submission = await submit();
    const before = plain(await env.scan());
    expect(JSON.stringify(before)).toContain(ADDRESS);
    expect(JSON.stringify(before)).toContain(NAME);
    const countersBefore = before.filter((item) => String(item.pk).includes('#RES#'));
    expect(countersBefore.length).toBeGreaterThan(0);

    // Act
    const result = await eraseOnRequest(
      { repository: env.repository },
      { consultationId: definition.id, submissionId: submission.id, definition, now: new Date() },
    );

    // Assess: no item of the table holds the address or the name any more.
    expect(result.kind).toBe('erased');
    const after = plain(await env.scan());
    const text = JSON.stringify(after);
    expect(text).not.toContain(ADDRESS);
    expect(text).not.toContain(NAME);
    // The anonymous rest and the counts stay.
    expect(text).toContain('Mehr Sprachcafés');
    expect(after.filter((item) => String(item.pk).includes('#RES#'))).toEqual(countersBefore);
    // The audit says that it happened (by the submitter), not what was erased.
    const erasedEvents = bySk(after, '#EVT#').filter((item) => JSON.stringify(item).includes('"erased"'));
    expect(erasedEvents).toHaveLength(1);
    // The department is told through the outbox.
    const notices = bySk(after, '#OUT#').filter((item) => JSON.stringify(item).includes('erased'));
    expect(notices).toHaveLength(1);

    // Act again: a second request changes nothing and says when it was done.
    const again = await eraseOnRequest(
      { repository: env.repository },
      { consultationId: definition.id, submissionId: submission.id, definition, now: new Date() },
    );
    expect(again).toEqual({
      kind: 'alreadyErased',
      erasedAt: result.kind === 'erased' ? result.erasedAt : '',
    });
    expect(plain(await env.scan())).toEqual(after);
  });

  it('answers notFound for an invented submission and writes nothing', async () => {
    // Prepare
    const before = await env.scan();
    // Act
    const result = await eraseOnRequest(
      { repository: env.repository },
      {
        consultationId: definition.id,
        submissionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
        definition,
        now: new Date(),
      },
    );
    // Assess
    expect(result).toEqual({ kind: 'notFound' });
    expect(await env.scan()).toEqual(before);
  });

  it('asks first through the status link, erases only on the confirmation POST, and refuses a cross-site post', async () => {
    // Prepare
    const submission = await submit();
    const token = tokenOf(submission);
    const before = await env.scan();

    // Act: the status page's button only shows what goes and what stays.
    const asked = await postErase(token, { _lang: 'de' });
    // Assess
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('name="_step"');
    expect(await env.scan()).toEqual(before);

    // Act: another site cannot make the browser confirm.
    const crossSite = await postErase(token, { _step: 'confirm' }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    expect(await env.scan()).toEqual(before);

    // Act: the confirmation's button erases.
    const done = await postErase(token, { _lang: 'de', _step: 'confirm' });
    expect(done.statusCode).toBe(200);
    const stored = await env.repository.getSubmission(definition.id, submission.id);
    expect(stored?.erasedAt).toBeDefined();
    expect(JSON.stringify(plain(await env.scan()))).not.toContain(NAME);

    // Act: an invented token is refused and changes nothing.
    const afterErase = await env.scan();
    const forged = await postErase(`${token.slice(0, -4)}AAAA`, { _step: 'confirm' });
    expect(forged.statusCode).toBeGreaterThanOrEqual(400);
    expect(await env.scan()).toEqual(afterErase);
  });
});
