import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../../functions/middleware/origin-verify.ts';
import { formPost, httpEvent, lambdaContext, urlencoded } from '../../support/events.ts';
import { submissionIdOf } from '../../support/form-ids.ts';
import { TEST_ORIGIN_SECRET } from '../../support/front-door.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
} from './function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

let env: FunctionEnvironment;
let form: Handler;
let submit: Handler;
let signIn: Handler;

const open = aScheduledConsultation('fd-open', 'open', 'Vordertür');
const STAFF = 'chefin@stadt.example';

beforeAll(async () => {
  env = await functionEnvironment('front-door');
  Object.assign(process.env, {
    PUBLIC_BASE_URL: 'https://mitwirken.test',
    STAFF_ALLOW_LIST: `${STAFF} admin`,
  });
  await env.repository.publishDefinition(open);
  form = (await import('../../../functions/form/handler.ts')).handler as Handler;
  submit = (await import('../../../functions/submit/handler.ts')).handler as Handler;
  signIn = (await import('../../../functions/admin-sign-in/handler.ts')).handler as unknown as Handler;
});

afterAll(() => env.client.destroy());

/** The request as it would arrive at the execute-api address: without CloudFront's header, or with `value`. */
function bypassing(event: APIGatewayProxyEventV2, value?: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string | undefined> = { ...event.headers, 'accept-language': 'en' };
  delete headers[ORIGIN_VERIFY_HEADER];
  return { ...event, headers: value === undefined ? headers : { ...headers, [ORIGIN_VERIFY_HEADER]: value } };
}

async function freshSubmission() {
  const page = await form(
    httpEvent({ route: '/c/{slug}', pathParameters: { slug: open.slug } }),
    lambdaContext(),
  );
  const sid = /name="_sid"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="_sid"/.exec(page.body ?? '');
  const v = /name="_v"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="_v"/.exec(page.body ?? '');
  const id = sid?.[1] ?? sid?.[2];
  if (!id) throw new Error('the form carries no _sid');
  return {
    _sid: id,
    _v: v?.[1] ?? v?.[2] ?? '',
    _lang: 'de',
    name_choice: 'zusammen',
    comment: 'Durch die Hintertür',
  };
}

const signInPost = (email: string) =>
  httpEvent({
    method: 'POST',
    route: '/admin/sign-in',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://mitwirken.test',
      'sec-fetch-site': 'same-origin',
    },
    body: Buffer.from(urlencoded({ email })).toString('base64'),
    isBase64Encoded: true,
  });

describe('requests that did not come through CloudFront', () => {
  it.each([
    ['without the origin header', undefined],
    ['with a wrong origin header', 'not-the-origin-secret-0123456789abcdef'],
    ['with the value in other case', TEST_ORIGIN_SECRET.toUpperCase()],
  ])('a submission %s gets the 403 page in the visitor’s language and stores nothing', async (_, value) => {
    // Prepare
    const fields = await freshSubmission();
    const before = await env.scan();
    // Act
    const answer = await submit(bypassing(formPost(open.slug, fields), value), lambdaContext());
    // Assess
    expect(answer.statusCode).toBe(403);
    expect(answer.body).toMatch(/<html[^>]*\blang="en"/);
    expect(answer.headers?.['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await env.scan()).toEqual(before);
    expect(await env.repository.getSubmission(open.id, submissionIdOf(fields._sid))).toBeUndefined();
  });

  it('a form page without the header gets the 403 page and no submission id', async () => {
    const answer = await form(
      bypassing(httpEvent({ route: '/c/{slug}', pathParameters: { slug: open.slug } })),
      lambdaContext(),
    );
    expect(answer.statusCode).toBe(403);
    expect(answer.body).not.toContain('_sid');
    expect(answer.body).not.toContain('Vordertür');
  });

  it('a staff sign-in request without the header queues no mail and writes nothing', async () => {
    const before = await env.scan();
    const answer = await signIn(bypassing(signInPost(STAFF)), lambdaContext());
    expect(answer.statusCode).toBe(403);
    expect(await env.scan()).toEqual(before);
  });

  it('the same requests through the front door are served: the refusals above are the header’s doing', async () => {
    // Prepare
    const fields = await freshSubmission();
    const before = await env.scan();
    // Act
    const submitted = await submit(formPost(open.slug, fields), lambdaContext());
    const signedIn = await signIn(signInPost(STAFF), lambdaContext());
    // Assess
    expect(submitted.statusCode).toBe(303);
    expect(await env.repository.getSubmission(open.id, submissionIdOf(fields._sid))).toBeDefined();
    // The same "check your inbox" page for every address; the mail is queued in the table.
    expect(signedIn.statusCode).toBe(200);
    expect((await env.scan()).length).toBeGreaterThan(before.length + 1);
  });
});
