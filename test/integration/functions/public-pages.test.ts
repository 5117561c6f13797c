import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { createDefinitionCache, createRepository } from '../../../shared/storage/index.ts';
import { formPost, httpEvent, lambdaContext, withMethod } from '../../support/events.ts';
import { participationKeyring, submissionIdOf } from '../../support/form-ids.ts';
import { countSends, localDynamoClient } from '../../support/local-aws.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
} from './function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

let env: FunctionEnvironment;
let home: Handler;
let form: Handler;
let submit: Handler;
let confirmation: Handler;

const open = aScheduledConsultation('fn-open', 'open', 'Wir sind Hannover');
const closed = aScheduledConsultation('fn-closed', 'closed', 'Abgeschlossene Umfrage');
const soon = aScheduledConsultation('fn-soon', 'notYetOpen', 'Kommende Umfrage');

beforeAll(async () => {
  env = await functionEnvironment('pages');
  for (const definition of [open, closed, soon]) await env.repository.publishDefinition(definition);
  // Only now: each module builds its dependencies from process.env when it is loaded.
  home = (await import('../../../functions/home/handler.ts')).handler as Handler;
  form = (await import('../../../functions/form/handler.ts')).handler as Handler;
  submit = (await import('../../../functions/submit/handler.ts')).handler as Handler;
  confirmation = (await import('../../../functions/confirmation/handler.ts')).handler as Handler;
});

afterAll(() => env.client.destroy());

const call = (handler: Handler, event: APIGatewayProxyEventV2) => handler(event, lambdaContext());
const getForm = (definition: Consultation, query?: Record<string, string>) =>
  call(
    form,
    httpEvent({ route: '/c/{slug}', pathParameters: { slug: definition.slug }, ...(query ? { query } : {}) }),
  );
const getConfirmation = (slug: string, submissionId: string, method = 'GET') =>
  call(
    confirmation,
    httpEvent({ method, route: '/c/{slug}/s/{submissionId}', pathParameters: { slug, submissionId } }),
  );

/** The value of a named input in rendered HTML, whatever the attribute order. */
function inputValue(html: string, name: string): string | undefined {
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    if (tag.includes(`name="${name}"`)) return /\bvalue="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

/** Renders the open form and returns the fields a browser would post back unchanged. */
async function freshForm(definition: Consultation = open) {
  const response = await getForm(definition);
  const sid = inputValue(response.body ?? '', '_sid');
  if (!sid) throw new Error('The form carries no _sid');
  return { _sid: sid, _v: inputValue(response.body ?? '', '_v') ?? '', _lang: 'de' };
}

describe('GET /c/{slug}', () => {
  it('renders the form of an open consultation with a fresh submission id each time', async () => {
    const first = await getForm(open);
    const second = await getForm(open);

    expect(first.statusCode).toBe(200);
    expect(first.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers?.['cache-control']).toBe('no-store');
    expect(first.headers?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(first.body).toContain('Wir sind Hannover');
    const ids = [inputValue(first.body ?? '', '_sid'), inputValue(second.body ?? '', '_sid')];
    expect(ids[0]).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}\.[A-Za-z0-9_-]{43}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('renders the consultation in a language it offers when asked with ?lang=', async () => {
    const response = await getForm(open, { lang: 'en' });
    expect(response.body).toMatch(/<html[^>]*\blang="en"/);
    expect(response.body).toContain('Wir sind Hannover (en)');
  });

  it('falls back to the default language for one the consultation does not offer', async () => {
    const response = await getForm(open, { lang: 'tr' });
    expect(response.body).toMatch(/<html[^>]*\blang="de"/);
  });

  it('renders the form of a warm function without reading the table', async () => {
    // Prepare: the handler wired as at module load, over a client that counts its calls
    const { createFormHandler } = await import('../../../functions/form/handler.ts');
    const client = localDynamoClient();
    const reads = countSends(client);
    const repository = createRepository({ client, tableName: env.tableName });
    const warm = createFormHandler({
      definitions: createDefinitionCache(repository, { ttlSeconds: 60 }),
      participationKeyring,
      now: () => new Date(),
    });
    const event = httpEvent({ route: '/c/{slug}', pathParameters: { slug: open.slug } });
    await warm(event, lambdaContext());
    const afterFirst = reads.total();
    // Act
    const response = await warm(event, lambdaContext());
    // Assess
    expect(response.statusCode).toBe(200);
    expect(afterFirst).toBe(1);
    expect(reads.total()).toBe(afterFirst);
    client.destroy();
  });

  it('answers an unknown slug with the 404 page', async () => {
    const response = await call(
      form,
      httpEvent({ route: '/c/{slug}', pathParameters: { slug: 'gibt-es-nicht' } }),
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
  });

  it('shows a closed or not yet open consultation as unavailable, without a form', async () => {
    for (const definition of [closed, soon]) {
      const response = await getForm(definition);
      expect(response.statusCode).toBe(200);
      expect(inputValue(response.body ?? '', '_sid')).toBeUndefined();
    }
  });
});

describe('POST /c/{slug}', () => {
  it('stores a valid submission once and redirects to its confirmation, also when posted again', async () => {
    // Prepare
    const before = await env.submissionCount();
    const fields = { ...(await freshForm()), name_choice: 'zusammen', comment: 'Mehr Bänke am Kröpcke' };
    // Act
    const first = await call(submit, formPost(open.slug, fields));
    const again = await call(submit, formPost(open.slug, fields));
    // Assess
    expect(first.statusCode).toBe(303);
    expect(first.headers?.location).toBe(`/c/${open.slug}/s/${submissionIdOf(fields._sid)}?lang=de`);
    expect(again.statusCode).toBe(303);
    expect(again.headers?.location).toBe(first.headers?.location);
    expect(await env.submissionCount()).toBe(before + 1);
    expect((await env.repository.getSubmission(open.id, submissionIdOf(fields._sid)))?.answers).toMatchObject(
      {
        comment: 'Mehr Bänke am Kröpcke',
      },
    );
  });

  it('re-renders an invalid form with 400, the errors and the input kept, and stores it once corrected', async () => {
    // Prepare
    const before = await env.submissionCount();
    const hidden = await freshForm();
    // Act
    const invalid = await call(submit, formPost(open.slug, { ...hidden, comment: 'Ich weiß es noch nicht' }));
    // Assess
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Ich weiß es noch nicht');
    expect(invalid.body).toContain('href="#f-name_choice"');
    expect(inputValue(invalid.body ?? '', '_sid')).toBe(hidden._sid);
    expect(await env.submissionCount()).toBe(before);

    const corrected = await call(
      submit,
      formPost(open.slug, { ...hidden, name_choice: 'wir-sind-hannover' }),
    );
    const resent = await call(submit, formPost(open.slug, { ...hidden, name_choice: 'wir-sind-hannover' }));
    expect([corrected.statusCode, resent.statusCode]).toEqual([303, 303]);
    expect(await env.submissionCount()).toBe(before + 1);
  });

  it('asks to send again, with a fresh id and the input kept, when the submission id is missing or forged', async () => {
    for (const badId of [undefined, 'SUB#1', 'not-an-id', '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K']) {
      // Prepare
      const before = await env.submissionCount();
      const { _sid: _, ...hidden } = await freshForm();
      const fields = {
        ...hidden,
        ...(badId === undefined ? {} : { _sid: badId }),
        name_choice: 'zusammen',
        comment: 'Gern mehr Feste',
      };
      // Act
      const refused = await call(submit, formPost(open.slug, fields));
      // Assess
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toMatch(
        /role="alert"[\s\S]*Ihre Antworten sind noch nicht gespeichert\. Bitte senden Sie das Formular noch einmal ab\./,
      );
      expect(refused.body).toContain('Gern mehr Feste');
      const freshId = inputValue(refused.body ?? '', '_sid') ?? '';
      expect(freshId).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}\.[A-Za-z0-9_-]{43}$/);
      expect(await env.submissionCount()).toBe(before);

      const resent = await call(submit, formPost(open.slug, { ...fields, _sid: freshId }));
      expect(resent.statusCode).toBe(303);
      expect(await env.submissionCount()).toBe(before + 1);
    }
  });

  it('answers 409 for a closed consultation and stores nothing', async () => {
    const before = await env.scan();
    const response = await call(
      submit,
      formPost(closed.slug, { _sid: '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K', name_choice: 'zusammen' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Abgeschlossene Umfrage');
    expect(await env.scan()).toEqual(before);
  });

  it('answers 404 for an unknown consultation', async () => {
    const response = await call(submit, formPost('gibt-es-nicht', { name_choice: 'zusammen' }));
    expect(response.statusCode).toBe(404);
  });

  it('refuses a body that is not a urlencoded form with 415', async () => {
    const event = formPost(open.slug, {}, { body: '{"name_choice":"zusammen"}', isBase64Encoded: false });
    const response = await call(submit, {
      ...event,
      headers: { ...event.headers, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
  });

  it('refuses a body over 64 KB with 413 and stores nothing', async () => {
    const before = await env.submissionCount();
    const fields = { ...(await freshForm()), name_choice: 'zusammen', comment: 'x'.repeat(64 * 1024) };
    const response = await call(submit, formPost(open.slug, fields));
    expect(response.statusCode).toBe(413);
    expect(await env.submissionCount()).toBe(before);
  });

  it('sends a bot that filled the honeypot to the home page and stores nothing', async () => {
    const before = await env.submissionCount();
    const fields = { ...(await freshForm()), name_choice: 'zusammen', _website: 'https://spam.example' };
    const response = await call(submit, formPost(open.slug, fields));
    expect(response.statusCode).toBe(303);
    expect(response.headers?.location).toBe('/?lang=de');
    expect(await env.submissionCount()).toBe(before);
  });

  it('never stores anything for a GET, which only POST may do', async () => {
    // Prepare: everything a valid POST carries, sent with another method
    const before = await env.scan();
    const fields = { ...(await freshForm()), name_choice: 'zusammen' };
    // Act
    const responses: Result[] = [];
    for (const method of ['GET', 'HEAD'])
      responses.push(await call(submit, withMethod(formPost(open.slug, fields), method)));
    // Assess
    expect(responses.map((r) => [r.statusCode, r.headers?.allow])).toEqual([
      [405, 'POST'],
      [405, 'POST'],
    ]);
    expect(await env.scan()).toEqual(before);
  });
});

describe('GET /c/{slug}/s/{submissionId}', () => {
  async function submitted(extra: Record<string, string> = {}) {
    const fields = { ...(await freshForm()), name_choice: 'zusammen', ...extra };
    const response = await call(submit, formPost(open.slug, fields));
    expect(response.statusCode).toBe(303);
    return submissionIdOf(fields._sid);
  }

  it('shows the reference and the masked address a copy goes to', async () => {
    const id = await submitted({ email: 'ayse.yilmaz@example.org', _copy: 'yes' });
    const submission = await env.repository.getSubmission(open.id, id);

    const response = await getConfirmation(open.slug, id);

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(submission?.reference);
    expect(response.body).toContain('a***@example.org');
    expect(response.body).not.toContain('ayse.yilmaz');
  });

  it('answers 404 for an unknown, malformed or foreign submission id', async () => {
    const id = await submitted();
    expect((await getConfirmation(open.slug, '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K')).statusCode).toBe(404);
    expect((await getConfirmation(open.slug, 'not-an-id')).statusCode).toBe(404);
    expect((await getConfirmation(closed.slug, id)).statusCode).toBe(404);
  });
});

describe('GET /', () => {
  it('lists the consultations open now and no others', async () => {
    const response = await call(home, httpEvent({ headers: { 'accept-language': 'en-GB,en;q=0.9' } }));
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<html[^>]*\blang="en"/);
    expect(response.body).toContain(`/c/${open.slug}`);
    expect(response.body).not.toContain(`/c/${closed.slug}`);
    expect(response.body).not.toContain(`/c/${soon.slug}`);
  });
});

describe('reading pages', () => {
  it('leaves the table unchanged on GET and HEAD of every page', async () => {
    // Prepare
    const fields = { ...(await freshForm()), name_choice: 'zusammen' };
    await call(submit, formPost(open.slug, fields));
    const before = await env.scan();
    // Act
    const responses: Result[] = [];
    for (const method of ['GET', 'HEAD']) {
      responses.push(await call(home, httpEvent({ method })));
      responses.push(
        await call(form, httpEvent({ method, route: '/c/{slug}', pathParameters: { slug: open.slug } })),
      );
      responses.push(await getConfirmation(open.slug, submissionIdOf(fields._sid), method));
      responses.push(await getConfirmation(open.slug, '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K', method));
    }
    // Assess
    expect(await env.scan()).toEqual(before);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 404, 200, 200, 200, 404]);
    for (const head of responses.slice(4)) expect(head.body).toBe('');
  });

  it('refuses other methods on a page with 405', async () => {
    const response = await call(
      form,
      httpEvent({ method: 'PUT', route: '/c/{slug}', pathParameters: { slug: open.slug } }),
    );
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe('GET, HEAD');
  });
});
