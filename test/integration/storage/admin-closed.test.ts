import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import {
  type AdminRepository,
  createAdminRepository,
  createDefinitionCache,
  type StorageRepository,
} from '../../../shared/storage/index.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { formPost, httpEvent, lambdaContext } from '../../support/events.ts';
import {
  participationKeyring,
  signedFormId,
  signedFormIdFor,
  submissionIdOf,
} from '../../support/form-ids.ts';
import { type FunctionEnvironment, functionEnvironment } from '../functions/function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

// A table of its own (so the home page lists only this file's consultations) and the handlers as
// deployed, wired to the test's clock.
let env: FunctionEnvironment;
let repository: StorageRepository;
let admin: AdminRepository;
let form: Handler;
let submit: Handler;
let home: Handler;

const definition = aConsultation('adm-closed', {
  title: { de: 'Von Hand geschlossen', en: 'Closed by hand' },
});
const closedAt = '2026-06-10T08:00:00.000Z';
const change = (action: 'closed' | 'reopened') => ({
  scope: { kind: 'consultation', consultationId: definition.id } as const,
  actor: 'admin@example.org',
  action,
  summary: action,
  at: WHILE_OPEN.toISOString(),
});

beforeAll(async () => {
  env = await functionEnvironment('admin-closed');
  repository = env.repository;
  admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  await repository.publishDefinition(definition);
  // ttl 0: every request sees the published state as it is now.
  const definitions = createDefinitionCache(repository, { ttlSeconds: 0, negativeTtlSeconds: 0 });
  const now = () => WHILE_OPEN;
  form = (await import('../../../functions/form/handler.ts')).createFormHandler({
    definitions,
    participationKeyring,
    now,
  }) as Handler;
  submit = (await import('../../../functions/submit/handler.ts')).createSubmitHandler({
    repository,
    definitions,
    participationKeyring,
    keyring: participationKeyring,
    now,
  }) as Handler;
  home = (await import('../../../functions/home/handler.ts')).createHomeHandler({
    repository,
    now,
  }) as Handler;
});

afterAll(() => env.client.destroy());

const getForm = () =>
  form(httpEvent({ route: '/c/{slug}', pathParameters: { slug: definition.slug } }), lambdaContext());
const postForm = (sid: string) =>
  submit(formPost(definition.slug, { _sid: sid, name_choice: 'zusammen', _lang: 'de' }), lambdaContext());
const getHome = () => home(httpEvent({ headers: { 'accept-language': 'de' } }), lambdaContext());

describe('a consultation closed by hand', () => {
  it('refuses answers everywhere while closed, and takes them again once reopened', async () => {
    // Prepare
    const before = await getHome();
    expect(before.body).toContain('Von Hand geschlossen');
    // Act: closed by staff, although its dates say open
    await admin.setClosed(definition.id, closedAt, change('closed'));
    const closedForm = await getForm();
    const definitions = createDefinitionCache(repository, { ttlSeconds: 0 });
    const sid = await signedFormIdFor(definitions, definition.slug, WHILE_OPEN);
    const closedPost = await postForm(sid);
    const closedSubmit = await submitAnswers(
      { repository, definitions, participationKeyring, now: () => WHILE_OPEN },
      {
        slug: definition.slug,
        body: {
          _sid: await signedFormIdFor(definitions, definition.slug, WHILE_OPEN),
          name_choice: 'zusammen',
        },
      },
    );
    const closedHome = await getHome();
    // Assess: no form, the closing moment named, nothing stored, not listed as open
    expect(closedForm.statusCode).toBe(200);
    expect(closedForm.body).not.toContain('name="_sid"');
    expect(closedForm.body).toContain(formatDateTime('de', closedAt));
    expect(closedForm.body).not.toContain(formatDateTime('de', definition.closes));
    expect(closedPost.statusCode).toBe(409);
    expect(closedPost.body).toContain(formatDateTime('de', closedAt));
    expect(closedSubmit).toMatchObject({ kind: 'unavailable', reason: 'closed' });
    expect(await repository.getSubmission(definition.id, submissionIdOf(sid))).toBeUndefined();
    expect(await env.submissionCount()).toBe(0);
    const homeBody = closedHome.body ?? '';
    const openList = homeBody.slice(0, homeBody.indexOf('Beendete Beteiligungen'));
    expect(openList).not.toContain('Von Hand geschlossen');

    // Act: reopened
    await admin.setClosed(definition.id, undefined, change('reopened'));
    const reopenedForm = await getForm();
    const reopenedPost = await postForm(await signedFormIdFor(definitions, definition.slug, WHILE_OPEN));
    // Assess
    expect(reopenedForm.body).toContain('name="_sid"');
    expect(reopenedPost.statusCode).toBe(303);
    expect(await env.submissionCount()).toBe(1);
    expect((await getHome()).body).toContain('Von Hand geschlossen');
  });

  it('refuses answers posted on an older version of a consultation closed meanwhile', async () => {
    // Prepare: a resident loaded version 1; staff publish version 2, then close
    const older = aConsultation('adm-closed-old');
    const v1 = await repository.publishDefinition(older);
    const v2 = await repository.publishDefinition({ ...older, retentionDays: 60 });
    await admin.setClosed(older.id, closedAt, {
      ...change('closed'),
      scope: { kind: 'consultation', consultationId: older.id },
    });
    // Act
    const outcome = await submitAnswers(
      {
        repository,
        definitions: createDefinitionCache(repository, { ttlSeconds: 0 }),
        participationKeyring,
        now: () => WHILE_OPEN,
      },
      {
        slug: older.slug,
        body: { _sid: signedFormId(v1, WHILE_OPEN), _v: v1.version, name_choice: 'zusammen' },
      },
    );
    // Assess: refused, and told with the current version (the one that closed)
    expect(outcome).toMatchObject({
      kind: 'unavailable',
      reason: 'closed',
      published: { version: v2.version, closedAt },
    });
  });
});
