import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  DynamoDBStreamEvent,
} from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation, ConsultationInput } from '../../../shared/definition/schema.ts';
import {
  createAdminRepository,
  createDefinitionCache,
  PENDING_COUNTER,
  SUBMISSION_TOTAL_COUNTER,
} from '../../../shared/storage/index.ts';
import { confirmAnswer as confirmPendingAnswer } from '../../../shared/submissions/confirm.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { aStage } from '../../support/consultation-factory.ts';
import {
  formPost,
  httpEvent,
  lambdaContext,
  streamEvent,
  streamRecord,
  withMethod,
} from '../../support/events.ts';
import { submissionIdOf } from '../../support/form-ids.ts';
import { emailsTo } from '../../support/local-aws.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
  type RawItem,
} from './function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;
type StreamHandler = (
  event: DynamoDBStreamEvent,
  context: ReturnType<typeof lambdaContext>,
) => Promise<unknown>;

let env: FunctionEnvironment;
let form: Handler;
let submit: Handler;
let confirmLink: Handler;
let confirmAnswer: Handler;
let mailer: StreamHandler;

const run = Math.random().toString(36).slice(2, 8);
const verified = (id: string, title: string, overrides: Partial<ConsultationInput>): Consultation => {
  const base = aScheduledConsultation(id, 'open', title);
  return {
    ...base,
    fields: base.fields.map((field) => (field.type === 'email' ? { ...field, required: true } : field)),
    ...overrides,
  } as Consultation;
};
const refuse = verified('fn-vote-refuse', 'Abstimmung (einmal)', {
  verification: 'email',
  onePerPerson: true,
});
const replace = verified('fn-vote-replace', 'Abstimmung (ändern)', {
  verification: 'email',
  onePerPerson: true,
  changeVote: 'replace',
});
const proposal = verified('fn-proposal-verified', 'Vorschlag', {
  verification: 'email',
  workflow: { stages: [aStage('experts', 1)], notify: { department: false } },
} as Partial<ConsultationInput>);

beforeAll(async () => {
  env = await functionEnvironment('confirm');
  Object.assign(process.env, { PUBLIC_BASE_URL: 'https://mitwirken.test' });
  for (const definition of [refuse, replace, proposal]) await env.repository.publishDefinition(definition);
  form = (await import('../../../functions/form/handler.ts')).handler as Handler;
  submit = (await import('../../../functions/submit/handler.ts')).handler as Handler;
  confirmLink = (await import('../../../functions/confirm-link/handler.ts')).handler as Handler;
  confirmAnswer = (await import('../../../functions/confirm-answer/handler.ts')).handler as Handler;
  mailer = (await import('../../../functions/mailer/handler.ts')).handler as StreamHandler;
});
afterAll(() => env.client.destroy());

const call = (handler: Handler, event: APIGatewayProxyEventV2) => handler(event, lambdaContext());
const itemKey = (item: RawItem) => `${item.pk?.S}\u0000${item.sk?.S}`;
let mailed = new Set<string>();
let sequence = 0;

/** Hands every item that appeared since the last call to the mailer, as the stream would (INSERTs). */
async function deliverNewItems(): Promise<void> {
  const items = await env.scan();
  const fresh = items.filter((item) => !mailed.has(itemKey(item)));
  mailed = new Set(items.map(itemKey));
  if (fresh.length === 0) return;
  const records = fresh.map((item) =>
    streamRecord({ newImage: item as any, sequenceNumber: String(++sequence) }),
  );
  await mailer(streamEvent(records), lambdaContext());
}

function inputValue(html: string, name: string): string | undefined {
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    if (tag.includes(`name="${name}"`)) return /\bvalue="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

async function answer(definition: Consultation, fields: Record<string, string>) {
  const page = await call(form, httpEvent({ route: '/c/{slug}', pathParameters: { slug: definition.slug } }));
  const sid = inputValue(page.body ?? '', '_sid') ?? '';
  const v = inputValue(page.body ?? '', '_v') ?? '';
  const response = await call(
    submit,
    formPost(definition.slug, { _sid: sid, _v: v, _lang: 'de', ...fields }),
  );
  await deliverNewItems();
  // The form's `_sid` is the signed form id; the submission is stored under its ULID.
  return { sid: submissionIdOf(sid), response };
}

/** The token of the newest confirmation link mailed to `address` (the local SES keeps every mail). */
async function confirmationToken(address: string): Promise<string> {
  const mails = (await emailsTo(address)).filter((mail) => mail.subject.startsWith('Bitte bestätigen'));
  const text = mails.at(-1)?.body.text ?? '';
  const token = /https:\/\/mitwirken\.test\/v\/([A-Za-z0-9_.-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`No confirmation link mailed to ${address}`);
  return token;
}

const linkEvent = (token: string, method = 'GET') =>
  httpEvent({ method, route: '/v/{token}', pathParameters: { token } });

async function confirm(token: string) {
  const response = await call(confirmAnswer, linkEvent(token, 'POST'));
  await deliverNewItems();
  return response;
}

const counts = (definition: Consultation) => env.repository.resultCounts(definition.id);

describe('verification: email', () => {
  it('stores the answer as pending, counts nothing and mails only the confirmation link, without the answers', async () => {
    // Prepare
    const address = `pending-${run}@example.org`;
    const before = await counts(refuse);
    // Act
    const { response } = await answer(refuse, {
      name_choice: 'zusammen',
      comment: 'Geheimer Text des Angreifers',
      email: address,
      _copy: 'yes',
    });
    // Assess
    expect(response.statusCode).toBe(202);
    expect(response.body).toContain('Bitte bestätigen Sie Ihre Antwort');
    const after = await counts(refuse);
    expect(after[SUBMISSION_TOTAL_COUNTER] ?? 0).toBe(before[SUBMISSION_TOTAL_COUNTER] ?? 0);
    expect(after['name_choice#zusammen'] ?? 0).toBe(before['name_choice#zusammen'] ?? 0);
    expect(after[PENDING_COUNTER]).toBe((before[PENDING_COUNTER] ?? 0) + 1);
    const mails = await emailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Abstimmung (einmal)');
    expect(mails[0]?.body.text).not.toContain('Geheimer Text');
    expect(mails[0]?.body.html).not.toContain('Geheimer Text');
  });

  it('changes nothing when the link is opened (GET or HEAD); only the button confirms, and counts once', async () => {
    // Prepare
    const address = `get-${run}@example.org`;
    await answer(refuse, { name_choice: 'zusammen', email: address });
    const token = await confirmationToken(address);
    const before = await env.scan();
    // Act
    const page = await call(confirmLink, linkEvent(token));
    const head = await call(confirmLink, linkEvent(token, 'HEAD'));
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect(head.statusCode).toBe(200);
    expect(await env.scan()).toEqual(before);

    const counted = (await counts(refuse))[SUBMISSION_TOTAL_COUNTER] ?? 0;
    const first = await confirm(token);
    expect(first.statusCode).toBe(303);
    expect(first.headers?.location).toBe(`/v/${token}?lang=de`);
    expect((await counts(refuse))[SUBMISSION_TOTAL_COUNTER]).toBe(counted + 1);
    const shown = await call(confirmLink, linkEvent(token));
    expect(shown.body).toContain('Ihre Antwort ist bestätigt');
  });

  it('changes nothing when the confirmation is posted again, and shows the same page', async () => {
    // Prepare
    const address = `replay-${run}@example.org`;
    await answer(refuse, { name_choice: 'wir-sind-hannover', email: address });
    const token = await confirmationToken(address);
    const first = await confirm(token);
    const before = await env.scan();
    // Act
    const again = await confirm(token);
    // Assess
    expect(again.statusCode).toBe(first.statusCode);
    expect(again.headers?.location).toBe(first.headers?.location);
    expect(await env.scan()).toEqual(before);
  });

  it('counts one person voting twice once (refuse), however the address is spelled', async () => {
    // Prepare
    const before = await counts(refuse);
    await answer(refuse, { name_choice: 'zusammen', email: `twice-${run}@example.org` });
    const first = await confirmationToken(`twice-${run}@example.org`);
    await answer(refuse, { name_choice: 'wir-sind-hannover', email: ` Twice-${run}+second@Example.ORG ` });
    const second = await confirmationToken(` Twice-${run}+second@Example.ORG `.trim());
    // Act
    await confirm(first);
    const refused = await confirm(second);
    // Assess
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Sie haben schon teilgenommen');
    const after = await counts(refuse);
    expect(after[SUBMISSION_TOTAL_COUNTER]).toBe((before[SUBMISSION_TOTAL_COUNTER] ?? 0) + 1);
    expect(after['name_choice#zusammen']).toBe((before['name_choice#zusammen'] ?? 0) + 1);
    expect(after['name_choice#wir-sind-hannover'] ?? 0).toBe(before['name_choice#wir-sind-hannover'] ?? 0);
  });

  it('moves the counts exactly when a person changes their vote (replace)', async () => {
    // Prepare
    const address = `change-${run}@example.org`;
    const before = await counts(replace);
    await answer(replace, { name_choice: 'zusammen', email: address });
    await confirm(await confirmationToken(address));
    const middle = await counts(replace);
    await answer(replace, { name_choice: 'wir-sind-hannover', email: address });
    // Act
    const changed = await confirm(await confirmationToken(address));
    // Assess
    expect(changed.statusCode).toBe(303);
    expect(middle['name_choice#zusammen']).toBe((before['name_choice#zusammen'] ?? 0) + 1);
    const after = await counts(replace);
    expect(after['name_choice#zusammen'] ?? 0).toBe(before['name_choice#zusammen'] ?? 0);
    expect(after['name_choice#wir-sind-hannover']).toBe((before['name_choice#wir-sind-hannover'] ?? 0) + 1);
    expect(after[SUBMISSION_TOTAL_COUNTER]).toBe((before[SUBMISSION_TOTAL_COUNTER] ?? 0) + 1);
  });

  it('keeps the HMAC of a confirmed vote, not its address', async () => {
    // Prepare
    const address = `hmac-${run}@example.org`;
    const { sid } = await answer(refuse, { name_choice: 'zusammen', email: address, _copy: 'yes' });
    // Act
    await confirm(await confirmationToken(address));
    // Assess: the copy went out, then the address left the submission
    const submission = await env.repository.getSubmission(refuse.id, sid);
    expect(submission?.voter).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await env.scan())).not.toContain(address);
    expect((await emailsTo(address)).map((mail) => mail.subject)).toHaveLength(2);
  });

  it('sends at most the hourly cap of confirmation mails for 15 copies to one address, and no answers', async () => {
    // Prepare
    const victim = `victim-${run}@example.org`;
    const statuses: number[] = [];
    // Act
    for (let i = 0; i < 15; i++) {
      const { response } = await answer(proposal, {
        name_choice: 'zusammen',
        comment: `Werbung ${i}`,
        email: victim,
        _copy: 'yes',
      });
      statuses.push(response.statusCode ?? 0);
    }
    // Assess
    const mails = await emailsTo(victim);
    expect(mails).toHaveLength(3);
    expect(mails.every((mail) => !(mail.body.text ?? '').includes('Werbung'))).toBe(true);
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12);
    expect(await emailsTo('experts1@hannover.example')).toHaveLength(0);
  });

  it('sends one address at most 5 confirmation mails a day across consultations', async () => {
    // Prepare
    const address = `daily-${run}@example.org`;
    const statuses: number[] = [];
    // Act: 3 to one consultation (its hourly cap), then 3 to another: the day's 6th is refused
    for (const definition of [refuse, refuse, refuse, replace, replace, replace]) {
      const { response } = await answer(definition, { name_choice: 'zusammen', email: address });
      statuses.push(response.statusCode ?? 0);
    }
    // Assess
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(await emailsTo(address)).toHaveLength(5);
  });

  it('starts the workflow only at confirmation: the approver is mailed then, not before', async () => {
    // Prepare
    const address = `proposal-${run}@example.org`;
    const { sid } = await answer(proposal, { name_choice: 'zusammen', email: address });
    expect(await env.repository.getSubmission(proposal.id, sid)).toBeUndefined();
    const approverMails = (await emailsTo('experts1@hannover.example')).length;
    // Act
    await confirm(await confirmationToken(address));
    // Assess
    expect((await env.repository.getSubmission(proposal.id, sid))?.workflow?.state.status).toBe('inStage');
    expect(await emailsTo('experts1@hannover.example')).toHaveLength(approverMails + 1);
  });

  it('shows staff the confirmed and the unconfirmed answers apart; only confirmed ones count', async () => {
    // Prepare
    const admin = createAdminRepository({ client: env.client, tableName: env.tableName });
    const before = (await admin.submissionTallies([refuse.id]))[refuse.id];
    await answer(refuse, { name_choice: 'zusammen', email: `tally-a-${run}@example.org` });
    await answer(refuse, { name_choice: 'zusammen', email: `tally-b-${run}@example.org` });
    // Act
    await confirm(await confirmationToken(`tally-a-${run}@example.org`));
    // Assess
    const after = (await admin.submissionTallies([refuse.id]))[refuse.id];
    expect(after?.confirmed).toBe((before?.confirmed ?? 0) + 1);
    expect(after?.pending).toBe((before?.pending ?? 0) + 1);
    expect(await admin.submissionCount(refuse.id)).toBe(after?.confirmed);
  });

  it('lets a pending answer expire: after 48 hours its link confirms nothing and counts nothing', async () => {
    // Prepare: the confirm function as deployed, on a clock 49 hours ahead
    const address = `late-${run}@example.org`;
    await answer(refuse, { name_choice: 'zusammen', email: address });
    const token = await confirmationToken(address);
    const { createConfirmAnswerHandler } = await import('../../../functions/confirm-answer/handler.ts');
    const { httpDependencies } = await import('../../../functions/runtime/http-dependencies.ts');
    const { linkKeyring } = await import('../../../functions/runtime/link-keyring.ts');
    const later = createConfirmAnswerHandler({
      ...httpDependencies(process.env),
      keyring: linkKeyring(process.env),
      now: () => new Date(Date.now() + 49 * 3_600_000),
    }) as Handler;
    const before = await env.scan();
    // Act
    const response = await call(later, linkEvent(token, 'POST'));
    // Assess
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('Der Link ist abgelaufen');
    expect(await env.scan()).toEqual(before);
  });

  it('confirms nothing once a newer version has moved the closing date into the past', async () => {
    // Prepare: a pending answer, then staff publish a version that closes the consultation
    const closing = verified(`fn-vote-closing-${run}`, 'Abstimmung (endet)', { verification: 'email' });
    await env.repository.publishDefinition(closing);
    const address = `closing-${run}@example.org`;
    const { sid } = await answer(closing, { name_choice: 'zusammen', email: address });
    const pending = await env.repository.getPending(closing.id, sid);
    expect(pending?.status).toBe('pending');
    await env.repository.publishDefinition({ ...closing, closes: new Date(Date.now() - 1000).toISOString() });
    const definitions = createDefinitionCache(env.repository, { ttlSeconds: 0, negativeTtlSeconds: 0 });
    const before = await counts(closing);
    // Act
    const view = await confirmPendingAnswer(
      { repository: env.repository, definitions },
      { consultationId: closing.id, submissionId: sid },
      new Date(),
    );
    // Assess
    expect(view.kind).toBe('closed');
    expect(await counts(closing)).toEqual(before);
    expect(await env.repository.getSubmission(closing.id, sid)).toBeUndefined();
  });

  it('confirms an id that is a submission already as that submission, without counting it twice', async () => {
    // Prepare: a submission stored without confirmation, then a pending answer under the same id
    // (unreachable through the forms, whose ids are bound to one version; a defence in depth)
    const both = verified(`fn-vote-both-${run}`, 'Abstimmung (doppelt)', { verification: 'email' });
    const { version } = await env.repository.publishDefinition(both);
    const now = new Date();
    const id = newSubmissionId(now);
    const submitted = {
      id,
      reference: referenceOf(id),
      consultationId: both.id,
      definitionVersion: version,
      locale: 'de' as const,
      submittedAt: now.toISOString(),
      answers: { name_choice: 'zusammen' },
      personal: {},
      expiresAt: Math.floor(now.getTime() / 1000) + 3600,
    };
    await env.repository.putSubmissionOnce(submitted, { 'name_choice#zusammen': 1 });
    const iso = now.toISOString();
    await env.repository.putPendingOnce(
      {
        consultationId: both.id,
        submissionId: id,
        reference: referenceOf(id),
        definitionVersion: version,
        locale: 'de',
        submittedAt: iso,
        answers: { name_choice: 'zusammen' },
        copyRequested: false,
        email: `both-${run}@example.org`,
        voter: `both-${run}`,
        status: 'pending',
        expiresAt: Math.floor(now.getTime() / 1000) + 3600,
      },
      {
        person: `both-${run}`,
        day: iso.slice(0, 10),
        hour: iso.slice(0, 13),
        perDay: 100,
        perConsultationHour: 100,
        expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
      },
    );
    const definitions = createDefinitionCache(env.repository, { ttlSeconds: 0, negativeTtlSeconds: 0 });
    const before = await counts(both);
    // Act
    const view = await confirmPendingAnswer(
      { repository: env.repository, definitions },
      { consultationId: both.id, submissionId: id },
      now,
    );
    // Assess
    expect(view).toMatchObject({ kind: 'confirmed', reference: referenceOf(id) });
    expect(await counts(both)).toEqual(before);
  });

  it('refuses a forged or foreign token with 403 and changes nothing', async () => {
    const before = await env.scan();
    const forged = await call(confirmAnswer, linkEvent('eyJhIjoxfQ.c2lnbmF0dXJl', 'POST'));
    const wrongMethod = await call(confirmLink, withMethod(linkEvent('x.y'), 'PUT'));
    expect(forged.statusCode).toBe(403);
    expect(wrongMethod.statusCode).toBe(405);
    expect(await env.scan()).toEqual(before);
  });
});
