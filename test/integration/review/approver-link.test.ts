import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LinkClaims, type SigningKey, signLink } from '../../../shared/links/index.ts';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultationWithWorkflow, aStage, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { httpEvent, lambdaContext, urlencoded } from '../../support/events.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import { type FunctionEnvironment, functionEnvironment } from '../functions/function-environment.ts';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: unknown,
) => Promise<APIGatewayProxyStructuredResultV2>;

const ID = 'review-flow';
// Experts: any one of two approves; steering: any one of two.
const definition = aConsultationWithWorkflow(ID, [aStage('experts', 2), aStage('steering', 2)]);
const key: SigningKey = { id: 'test-key', secret: randomBytes(32) };
let env: FunctionEnvironment;
let review: Handler;
let decide: Handler;
let renew: Handler;

beforeAll(async () => {
  env = await functionEnvironment('review');
  const dir = await mkdtemp(join(tmpdir(), 'mitwirken-links-'));
  const file = join(dir, 'link-secret.json');
  const stored = { current: { id: key.id, secret: key.secret.toString('base64') }, previous: [] };
  await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
  process.env.LINK_SECRET_FILE = file;
  delete process.env.LINK_SECRET_ARN;
  await env.repository.publishDefinition(definition);
  review = (await import('../../../functions/review/handler.ts')).handler as Handler;
  decide = (await import('../../../functions/decide/handler.ts')).handler as Handler;
  renew = (await import('../../../functions/renew-link/handler.ts')).handler as Handler;
});
afterAll(() => env.client.destroy());

let tick = 0;
async function submit(): Promise<Submission> {
  const now = new Date(WHILE_OPEN.getTime() + ++tick);
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const body = {
    _sid: await signedFormIdFor(definitions, ID, now),
    name_choice: 'zusammen',
    email: 'amira@example.org',
    full_name: 'Amira Yılmaz',
  };
  const outcome = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring, now: () => now },
    { slug: ID, body },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

const HOUR = 3600;
function token(submission: Submission, overrides: Partial<LinkClaims> = {}): string {
  return signLink(
    {
      purpose: 'decide',
      consultationId: ID,
      submissionId: submission.id,
      stageId: 'experts',
      approver: 'experts1@hannover.example',
      round: 1,
      expiresAt: Math.floor(Date.now() / 1000) + 24 * HOUR,
      ...overrides,
    },
    key,
  );
}
const expired = { expiresAt: Math.floor(Date.now() / 1000) - HOUR };

const get = (t: string, query?: Record<string, string>, method = 'GET') =>
  review(
    httpEvent({ method, route: '/r/{token}', pathParameters: { token: t }, ...(query ? { query } : {}) }),
    lambdaContext(),
  );
const post = (t: string, fields: Record<string, string>) =>
  decide(
    httpEvent({
      method: 'POST',
      route: '/r/{token}',
      pathParameters: { token: t },
      body: urlencoded(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
    lambdaContext(),
  );
const postRenew = (t: string) =>
  renew(
    httpEvent({ method: 'POST', route: '/r/{token}/renew', pathParameters: { token: t } }),
    lambdaContext(),
  );

async function itemsOf(submission: Submission) {
  return (await env.scan())
    .map((item) => unmarshall(item))
    .filter((item) => String(item.sk).startsWith(`SUB#${submission.id}`));
}
const ofKind = (items: Record<string, unknown>[], kind: string) => items.filter((item) => item.kind === kind);
const requests = (items: Record<string, unknown>[], stageId: string) =>
  ofKind(items, 'outbox')
    .map((item) => item.effect as { template: string; stageId?: string; to: { email?: string } })
    .filter((effect) => effect.template === 'approvalRequested' && effect.stageId === stageId);

describe('the review page (GET /r/{token})', () => {
  it('shows the submission and the form, and changes nothing on GET or HEAD', async () => {
    const submission = await submit();
    const before = await env.scan();
    const page = await get(token(submission));
    const head = await get(token(submission), undefined, 'HEAD');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="decision"');
    expect(page.body).toContain(submission.reference);
    expect(page.body).not.toContain('experts1@hannover.example');
    expect(page.body).not.toContain('Amira');
    expect(page.headers?.['cache-control']).toBe('no-store');
    expect(page.headers?.['referrer-policy']).toBe('same-origin');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(await env.scan()).toEqual(before);
  });

  it('refuses a tampered token and an approver of another stage with 403', async () => {
    const submission = await submit();
    const good = token(submission);
    const tampered = `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await get(tampered)).statusCode).toBe(403);
    const stranger = token(submission, { approver: 'steering1@hannover.example' });
    expect((await get(stranger)).statusCode).toBe(403);
    expect((await post(stranger, { decision: 'approve' })).statusCode).toBe(403);
  });
});

describe('deciding (POST /r/{token})', () => {
  it('records an approval, moves the submission on and shows the decision as done', async () => {
    const submission = await submit();
    const t = token(submission);
    const response = await post(t, { decision: 'approve', comment: 'Gut <b>begründet</b>' });
    expect(response.statusCode).toBe(303);
    expect(response.headers?.location).toBe(`/r/${t}?done=1&lang=de`);
    const items = await itemsOf(submission);
    expect(ofKind(items, 'decision')).toHaveLength(1);
    expect(
      requests(items, 'steering')
        .map((e) => e.to.email)
        .sort(),
    ).toEqual(['steering1@hannover.example', 'steering2@hannover.example']);
    const done = await get(t, { done: '1' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Vielen Dank, Ihre Entscheidung ist gespeichert');
    expect(done.body).toContain('Gut &lt;b>begründet&lt;/b>');
  });

  it('answers a second post with 409 and the decision recorded first', async () => {
    const submission = await submit();
    const t = token(submission);
    await post(t, { decision: 'approve' });
    const before = await env.scan();
    const again = await post(t, { decision: 'reject', comment: 'Doch nicht' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Sie haben bereits entschieden');
    expect(again.body).toContain('Angenommen');
    expect(await env.scan()).toEqual(before);
  });

  it('shows a closed stage to an approver whose stage moved on without them', async () => {
    const submission = await submit();
    await post(token(submission), { decision: 'approve' });
    const other = token(submission, { approver: 'experts2@hannover.example' });
    expect((await get(other)).body).toContain('Diese Stufe ist abgeschlossen');
    expect((await post(other, { decision: 'approve' })).statusCode).toBe(409);
  });

  it('refuses a rejection without a comment with 400, keeping the choice and storing nothing', async () => {
    const submission = await submit();
    const before = await env.scan();
    const response = await post(token(submission), { decision: 'reject', comment: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('class="error-summary"');
    expect(response.body).toContain('Schreiben Sie einen Kommentar.');
    expect(response.body).toMatch(/<input[^>]*value="reject"[^>]*checked/);
    expect(await env.scan()).toEqual(before);
  });

  it('acts only on the submission its token names', async () => {
    const [first, second] = [await submit(), await submit()];
    await post(token(second), { decision: 'approve' });
    expect(ofKind(await itemsOf(second), 'decision')).toHaveLength(1);
    expect(ofKind(await itemsOf(first), 'decision')).toHaveLength(0);
  });

  it('answers an expired link with 410 and the renewal button on GET and POST, changing nothing', async () => {
    const submission = await submit();
    const t = token(submission, expired);
    const before = await env.scan();
    const page = await get(t);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain(`action="/r/${t}/renew?lang=de"`);
    const response = await post(t, { decision: 'approve' });
    expect(response.statusCode).toBe(410);
    expect(await env.scan()).toEqual(before);
  });

  it('records one decision when the same form is posted 20 times at once', async () => {
    const submission = await submit();
    const t = token(submission);
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(t, { decision: 'approve' })));
    expect(responses.filter((r) => r.statusCode === 303)).toHaveLength(1);
    expect(responses.every((r) => r.statusCode === 303 || r.statusCode === 409)).toBe(true);
    const items = await itemsOf(submission);
    expect(ofKind(items, 'decision')).toHaveLength(1);
    expect(requests(items, 'steering')).toHaveLength(2);
  });
});

describe('renewing an expired link (POST /r/{token}/renew)', () => {
  it('queues one fresh request to the approver’s own address per hour', async () => {
    const submission = await submit();
    const t = token(submission, expired);
    const first = await postRenew(t);
    expect(first.statusCode).toBe(303);
    expect(first.headers?.location).toBe(`/r/${t}?renewed=1&lang=de`);
    const second = await postRenew(t);
    expect(second.statusCode).toBe(303);
    const mine = requests(await itemsOf(submission), 'experts').filter(
      (e) => e.to.email === 'experts1@hannover.example',
    );
    // One from the submit, one renewal.
    expect(mine).toHaveLength(2);
    const renewed = await get(t, { renewed: '1' });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.body).toContain('Ein neuer Link ist unterwegs');
  });

  it('queues nothing once the approver has decided', async () => {
    const submission = await submit();
    await post(token(submission), { decision: 'approve' });
    const before = await env.scan();
    expect((await postRenew(token(submission, expired))).statusCode).toBe(409);
    expect(await env.scan()).toEqual(before);
  });
});
