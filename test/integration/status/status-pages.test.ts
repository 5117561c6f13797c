import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Keyring, linkExpiry, loadKeyring, signLink } from '../../../shared/links/index.ts';
import { deliverOutboxEmail } from '../../../shared/mail/index.ts';
import { decideLink, statusLink } from '../../../shared/mail/links.ts';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { recordDecision } from '../../../shared/submissions/decide.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultationWithWorkflow, aStage } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../support/events.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { emailsTo, localSesClient } from '../../support/local-aws.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  schedules,
} from '../functions/function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

// "experts": both must approve, so one send-back decides; "steering": any one of two.
const definition = aConsultationWithWorkflow(
  'st-flow',
  [aStage('experts', 2, { rule: 'all' }), aStage('steering', 2)],
  {
    ...schedules.open(),
  },
);

let env: FunctionEnvironment;
let keyring: Keyring;
let status: Handler;
let resubmit: Handler;
let review: Handler;

beforeAll(async () => {
  env = await functionEnvironment('status');
  const keyFile = join(mkdtempSync(join(tmpdir(), 'mitwirken-status-')), 'link-signing-key.json');
  process.env.LINK_SECRET_FILE = keyFile;
  await env.repository.publishDefinition(definition);
  // The same loader the handlers use: the first call generates the key file, later ones read it.
  keyring = await loadKeyring({ kind: 'file', path: keyFile });
  status = (await import('../../../functions/status/handler.ts')).handler as Handler;
  resubmit = (await import('../../../functions/resubmit/handler.ts')).handler as Handler;
  review = (await import('../../../functions/review/handler.ts')).handler as Handler;
});

afterAll(() => env.client.destroy());

async function submit(email = 'amira@example.org'): Promise<Submission> {
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const now = new Date();
  const body = {
    _sid: await signedFormIdFor(definitions, definition.slug, now),
    name_choice: 'zusammen',
    comment: 'Mehr Sprachcafés',
    email,
    full_name: 'Amira Yılmaz',
  };
  const outcome = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring, now: () => now },
    {
      slug: definition.slug,
      body,
    },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

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

const expiredTokenOf = (submission: Submission) =>
  signLink(
    {
      purpose: 'status',
      consultationId: definition.id,
      submissionId: submission.id,
      expiresAt: linkExpiry(new Date(Date.now() - 200 * 86_400_000), 180),
    },
    keyring.current,
  );

const getStatus = (token: string, method = 'GET') =>
  status(httpEvent({ method, route: '/s/{token}', pathParameters: { token } }), lambdaContext());

const postRevision = (token: string, fields: Record<string, string | string[]>) =>
  resubmit(
    httpEvent({
      method: 'POST',
      route: '/s/{token}',
      pathParameters: { token },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(urlencoded(fields), 'utf8').toString('base64'),
      isBase64Encoded: true,
    }),
    lambdaContext(),
  );

async function sendBack(submission: Submission, comment = 'Bitte nennen Sie einen Ort.') {
  const outcome = await recordDecision(
    { repository: env.repository },
    {
      consultationId: definition.id,
      submissionId: submission.id,
      stageId: 'experts',
      round: 1,
      approver: 'experts1@hannover.example',
      decision: 'sendBack',
      comment,
      now: new Date(),
    },
  );
  if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
}

async function workflowVersion(submission: Submission): Promise<string> {
  const stored = await env.repository.getSubmission(definition.id, submission.id);
  return String(stored?.workflow?.state.version);
}

describe('GET /s/{token}', () => {
  it('shows the status and changes nothing, for GET and HEAD', async () => {
    const submission = await submit();
    const token = tokenOf(submission);
    const before = await env.scan();

    const get = await getStatus(token);
    const head = await getStatus(token, 'HEAD');

    expect(get.statusCode).toBe(200);
    expect(get.body).toContain(submission.reference);
    expect(get.body).toContain('der Stufe „Stufe experts“ zur Entscheidung vor');
    expect(get.headers?.['cache-control']).toBe('no-store');
    expect(get.headers?.['referrer-policy']).toBe('same-origin');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(await env.scan()).toEqual(before);
  });

  it('refuses a tampered token with 403', async () => {
    const token = tokenOf(await submit());
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await getStatus(tampered)).statusCode).toBe(403);
  });

  it('keeps status and decision links apart: each opens only its own pages', async () => {
    const submission = await submit();
    const decide = decideLink(
      '',
      keyring,
      {
        consultationId: definition.id,
        submissionId: submission.id,
        stageId: 'experts',
        approver: 'experts1@hannover.example',
        round: 1,
      },
      new Date(),
      'de',
    )
      .url.replace('/r/', '')
      .replace(/\?.*$/, '');
    const reviewOfStatus = await review(
      httpEvent({ route: '/r/{token}', pathParameters: { token: tokenOf(submission) } }),
      lambdaContext(),
    );
    expect(reviewOfStatus.statusCode).toBe(403);
    expect((await getStatus(decide)).statusCode).toBe(403);
    expect((await postRevision(decide, { comment: 'x' })).statusCode).toBe(403);
  });

  it('answers an expired link with 410 and whom to contact', async () => {
    const response = await getStatus(expiredTokenOf(await submit()));
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('integration@example.org');
  });

  it('shows the send-back comment and the form prefilled, posting to the status link', async () => {
    const submission = await submit();
    await sendBack(submission, 'Bitte nennen Sie einen <Ort>.');
    const token = tokenOf(submission);

    const response = await getStatus(token);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Bitte nennen Sie einen &lt;Ort>.');
    expect(response.body).toContain(`action="/s/${token}"`);
    expect(response.body).toContain('Mehr Sprachcafés</textarea>');
    expect(response.body).toContain('value="Amira Yılmaz"');
    expect(response.body).toContain(`name="_version" value="${await workflowVersion(submission)}"`);
  });
});

describe('POST /s/{token}', () => {
  it('tells the old address exactly once, without the new address or the answers, when a revision changes it', async () => {
    // Prepare: a sent-back submission with its own addresses, its earlier mails already sent
    const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const [before, after] = [unique('vorher'), unique('nachher')];
    const submission = await submit(before);
    await sendBack(submission);
    const outboxOf = async () =>
      (await env.scan())
        .filter((item) => item.sk?.S?.startsWith(`SUB#${submission.id}#OUT#`))
        .map((item) => ({ outboxId: item.sk?.S?.split('#OUT#')[1] ?? '', effect: item.effect?.M }));
    const earlier = new Set((await outboxOf()).map((item) => item.outboxId));
    // Act
    const response = await postRevision(tokenOf(submission), {
      _version: await workflowVersion(submission),
      _lang: 'de',
      name_choice: 'wir-sind-hannover',
      comment: 'Im Stadtteil Linden',
      email: after,
      full_name: 'Amira Yılmaz',
    });
    const ses = localSesClient();
    const deps = {
      repository: env.repository,
      definitions: createDefinitionCache(env.repository, { ttlSeconds: 60 }),
      ses,
      mail: { from: 'beteiligung@hannover.example' },
      links: { baseUrl: 'https://mitwirken.test', keyring: async () => keyring },
    };
    const added = (await outboxOf()).filter((item) => !earlier.has(item.outboxId));
    for (const { outboxId } of added) {
      await deliverOutboxEmail(deps, {
        consultationId: definition.id,
        submissionId: submission.id,
        outboxId,
      });
    }
    ses.destroy();
    // Assess
    expect(response.statusCode).toBe(303);
    const told = added.filter((item) => item.effect?.template?.S === 'contactChanged');
    expect(told.map((item) => item.effect?.to?.M?.email?.S)).toEqual([before]);
    const toOld = await emailsTo(before);
    expect(toOld).toHaveLength(1);
    const [mail] = toOld;
    expect(mail?.subject).toContain('Kontaktadresse geändert');
    expect(mail?.subject).toContain(submission.reference);
    const text = `${mail?.body.text ?? ''}${mail?.body.html ?? ''}`;
    for (const secret of [after, 'Im Stadtteil Linden', 'Amira', '/s/']) expect(text).not.toContain(secret);
  });

  it('tells nobody when a revision keeps the address (whatever its case)', async () => {
    const submission = await submit();
    await sendBack(submission);

    const response = await postRevision(tokenOf(submission), {
      _version: await workflowVersion(submission),
      _lang: 'de',
      name_choice: 'zusammen',
      email: 'Amira@Example.org',
      full_name: 'Amira Yılmaz',
    });

    expect(response.statusCode).toBe(303);
    const templates = (await env.scan())
      .filter((item) => item.sk?.S?.startsWith(`SUB#${submission.id}#OUT#`))
      .map((item) => item.effect?.M?.template?.S);
    expect(templates).not.toContain('contactChanged');
  });

  it('stores a valid revision and returns it to the stage that sent it back, in a new round', async () => {
    const submission = await submit();
    await sendBack(submission);
    const token = tokenOf(submission);

    const response = await postRevision(token, {
      _version: await workflowVersion(submission),
      _lang: 'de',
      name_choice: 'wir-sind-hannover',
      comment: 'Im Stadtteil Linden',
      email: 'amira@example.org',
      full_name: 'Amira Yılmaz',
    });

    expect(response.statusCode).toBe(303);
    expect(response.headers?.location).toBe(`/s/${token}?lang=de`);
    const history = await env.repository.getSubmissionHistory(definition.id, submission.id);
    expect(history?.submission.workflow?.state).toMatchObject({
      status: 'inStage',
      stageId: 'experts',
      round: 2,
    });
    expect(history?.submission.answers).toMatchObject({ comment: 'Im Stadtteil Linden' });
    expect(history?.events.at(-1)).toMatchObject({ event: 'resubmitted', stageId: 'experts', round: 2 });
    const outbox = (await env.scan())
      .filter((item) => item.sk?.S?.startsWith(`SUB#${submission.id}#OUT#`))
      .map((item) => item.effect?.M)
      .filter((effect) => effect?.template?.S === 'approvalRequested' && effect.round?.N === '2')
      .map((effect) => effect?.to?.M?.email?.S);
    expect(outbox.sort()).toEqual(['experts1@hannover.example', 'experts2@hannover.example']);
    const page = await getStatus(token);
    expect(page.body).toContain('wieder der Stufe „Stufe experts“ zur Entscheidung vor');
  });

  it('shows the form again with the input and errors, and stores nothing, when the revision is invalid', async () => {
    const submission = await submit();
    await sendBack(submission);
    const before = await env.scan();

    const response = await postRevision(tokenOf(submission), {
      _version: await workflowVersion(submission),
      comment: 'Ohne Auswahl',
    });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('Ohne Auswahl</textarea>');
    expect(await env.scan()).toEqual(before);
  });

  it('refuses with 409 when the submission is not sent back', async () => {
    const submission = await submit();
    const response = await postRevision(tokenOf(submission), { _version: '1', name_choice: 'zusammen' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('wartet nicht auf eine Überarbeitung');
  });

  it('refuses with 409 a form rendered before the submission changed', async () => {
    const submission = await submit();
    await sendBack(submission);
    const before = await env.scan();
    const response = await postRevision(tokenOf(submission), { _version: '1', name_choice: 'zusammen' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('inzwischen geändert');
    expect(await env.scan()).toEqual(before);
  });

  it('answers an expired link with 410 and stores nothing', async () => {
    const submission = await submit();
    await sendBack(submission);
    const before = await env.scan();
    const response = await postRevision(expiredTokenOf(submission), {
      _version: await workflowVersion(submission),
      name_choice: 'zusammen',
    });
    expect(response.statusCode).toBe(410);
    expect(await env.scan()).toEqual(before);
  });
});
