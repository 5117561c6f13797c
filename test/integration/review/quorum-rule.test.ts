import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SigningKey, signLink } from '../../../shared/links/index.ts';
import { createDefinitionCache, submissionKey } from '../../../shared/storage/index.ts';
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
type Item = Record<string, unknown>;

const ID = 'quorum-rule';
// Experts: two of three must approve; it is rejected once two approvals are out of reach.
const definition = aConsultationWithWorkflow(ID, [
  aStage('experts', 3, { rule: { quorum: 2 }, onReject: 'end' }),
  aStage('steering', 2),
]);
const EXPERTS = [
  'experts1@hannover.example',
  'experts2@hannover.example',
  'experts3@hannover.example',
] as const;
const key: SigningKey = { id: 'test-key', secret: randomBytes(32) };
let env: FunctionEnvironment;
let decide: Handler;
let review: Handler;

beforeAll(async () => {
  env = await functionEnvironment('quorum-rule');
  const dir = await mkdtemp(join(tmpdir(), 'mitwirken-links-'));
  const file = join(dir, 'link-secret.json');
  const stored = { current: { id: key.id, secret: key.secret.toString('base64') }, previous: [] };
  await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
  process.env.LINK_SECRET_FILE = file;
  delete process.env.LINK_SECRET_ARN;
  await env.repository.publishDefinition(definition);
  const module = await import('../../../functions/decide/handler.ts');
  decide = module.handler as Handler;
  review = (await import('../../../functions/review/handler.ts')).handler as Handler;
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

function token(submission: Submission, approver: string): string {
  return signLink(
    {
      purpose: 'decide',
      consultationId: ID,
      submissionId: submission.id,
      stageId: 'experts',
      approver,
      round: 1,
      expiresAt: Math.floor(Date.now() / 1000) + 24 * 3600,
    },
    key,
  );
}

const postWith = (handler: Handler, t: string, fields: Record<string, string>) =>
  handler(
    httpEvent({
      method: 'POST',
      route: '/r/{token}',
      pathParameters: { token: t },
      body: urlencoded(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
    lambdaContext(),
  );
const approve = (submission: Submission, approver: string, handler: Handler = decide) =>
  postWith(handler, token(submission, approver), { decision: 'approve' });

/** The submission and everything of its history: one consistent Query of its sort-key range. */
async function itemsOf(submission: Submission): Promise<Item[]> {
  const { pk, sk } = submissionKey(ID, submission.id);
  const { Items, LastEvaluatedKey } = await env.client.send(
    new QueryCommand({
      TableName: env.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
      ExpressionAttributeValues: marshall({ ':pk': pk, ':sk': sk }),
      ConsistentRead: true,
    }),
  );
  if (LastEvaluatedKey) throw new Error('The partition did not fit one page; the counts would be short');
  return (Items ?? []).map((item) => unmarshall(item));
}
const ofKind = (items: Item[], kind: string) => items.filter((item) => item.kind === kind);
const auditEvents = (items: Item[], event: string) => ofKind(items, 'audit').filter((i) => i.event === event);
const stateOf = (items: Item[]) =>
  (ofKind(items, 'submission')[0]?.workflow as { state: Record<string, unknown> } | undefined)?.state;

const reject = (submission: Submission, approver: string, comment: string) =>
  postWith(decide, token(submission, approver), { decision: 'reject', comment });
async function reviewPage(submission: Submission, approver: string): Promise<string> {
  const t = token(submission, approver);
  const page = await review(
    httpEvent({ method: 'GET', route: '/r/{token}', pathParameters: { token: t }, query: { lang: 'de' } }),
    lambdaContext(),
  );
  expect(page.statusCode).toBe(200);
  return String(page.body)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('a first stage where two of three experts must approve', () => {
  it('counts one rejection, shows the rule and tally to the others, and is rejected by the second', async () => {
    // Prepare
    const submission = await submit();

    // Act: one expert rejects.
    expect((await reject(submission, EXPERTS[0], 'Zu teuer')).statusCode).toBe(303);

    // Assess: still with the experts, nothing mailed but the submit's mails; the next expert is told.
    const counted = await itemsOf(submission);
    expect(stateOf(counted)).toMatchObject({ status: 'inStage', stageId: 'experts', round: 1 });
    expect(auditEvents(counted, 'rejected')).toHaveLength(0);
    expect(
      ofKind(counted, 'outbox').map((item) => (item.effect as { template: string }).template),
    ).not.toContain('rejected');
    const page = await reviewPage(submission, EXPERTS[1]);
    expect(page).toContain('2 von 3 Zustimmungen nötig.');
    expect(page).toContain('Ablehnungen 1');
    expect(page).toContain('Noch offen 2');
    expect(page).toContain('Mit Ihrer Ablehnung ist der Beitrag abgelehnt.');
    expect(page).toContain('Ihre Zustimmung wird gezählt; entschieden ist noch nichts.');
    expect(page).not.toContain('experts 1');

    // Act: the second expert rejects too.
    expect((await reject(submission, EXPERTS[1], 'Kein Personal')).statusCode).toBe(303);

    // Assess: rejected once, with both reasons, told to submitter and department; the third is closed.
    const ended = await itemsOf(submission);
    expect(stateOf(ended)).toMatchObject({
      status: 'rejected',
      stageId: 'experts',
      comment: 'Zu teuer\n\nKein Personal',
    });
    expect(auditEvents(ended, 'rejected')).toHaveLength(1);
    const outcomes = ofKind(ended, 'outbox')
      .map((item) => item.effect as { template: string; comment?: string })
      .filter((effect) => effect.template === 'rejected' || effect.template === 'outcome');
    expect(outcomes).toHaveLength(2);
    expect(outcomes.every((effect) => effect.comment === 'Zu teuer\n\nKein Personal')).toBe(true);
    const late = await postWith(decide, token(submission, EXPERTS[2]), { decision: 'approve' });
    expect(late.statusCode).toBe(409);
    expect(stateOf(await itemsOf(submission))?.version).toBe(stateOf(ended)?.version);
  });

  it('rejects exactly once when the second and third rejection arrive at the same time', async () => {
    const submission = await submit();
    expect((await approve(submission, EXPERTS[0])).statusCode).toBe(303);

    const responses = await Promise.all([
      reject(submission, EXPERTS[1], 'Nein'),
      reject(submission, EXPERTS[2], 'Auch nein'),
    ]);

    expect(responses.map((r) => r.statusCode)).toEqual([303, 303]);
    const items = await itemsOf(submission);
    expect(stateOf(items)).toMatchObject({ status: 'rejected', stageId: 'experts', version: 4 });
    expect(auditEvents(items, 'decided')).toHaveLength(3);
    expect(auditEvents(items, 'rejected')).toHaveLength(1);
  });

  it('sends back on one rejection and one send-back (a tie), not before', async () => {
    const submission = await submit();
    expect((await reject(submission, EXPERTS[0], 'Nein')).statusCode).toBe(303);
    expect(stateOf(await itemsOf(submission))).toMatchObject({ status: 'inStage' });

    const sent = await postWith(decide, token(submission, EXPERTS[2]), {
      decision: 'sendBack',
      comment: 'Ort?',
    });

    expect(sent.statusCode).toBe(303);
    const items = await itemsOf(submission);
    expect(stateOf(items)).toMatchObject({ status: 'sentBack', stageId: 'experts', comment: 'Ort?' });
    expect(auditEvents(items, 'sentBack')).toHaveLength(1);
  });
});
