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
import type { Repository } from '../../../shared/storage/repository-types.ts';
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

const ID = 'all-rule';
// Experts: all three must approve, one rejection ends it; steering: any one of two.
const definition = aConsultationWithWorkflow(ID, [
  aStage('experts', 3, { rule: 'all', onReject: 'end' }),
  aStage('steering', 2),
]);
const EXPERTS = [
  'experts1@hannover.example',
  'experts2@hannover.example',
  'experts3@hannover.example',
] as const;
const STEERING = ['steering1@hannover.example', 'steering2@hannover.example'] as const;
const key: SigningKey = { id: 'test-key', secret: randomBytes(32) };
let env: FunctionEnvironment;
let decide: Handler;
/** The same handler over a repository that tallies what each transaction attempt came to. */
let countingDecide: Handler;
const attempts = { applied: 0, versionChanged: 0, alreadyDecided: 0 };

beforeAll(async () => {
  env = await functionEnvironment('all-rule');
  const dir = await mkdtemp(join(tmpdir(), 'mitwirken-links-'));
  const file = join(dir, 'link-secret.json');
  const stored = { current: { id: key.id, secret: key.secret.toString('base64') }, previous: [] };
  await writeFile(file, JSON.stringify(stored), { mode: 0o600 });
  process.env.LINK_SECRET_FILE = file;
  delete process.env.LINK_SECRET_ARN;
  await env.repository.publishDefinition(definition);
  const module = await import('../../../functions/decide/handler.ts');
  decide = module.handler as Handler;
  const { httpDependencies } = await import('../../../functions/runtime/http-dependencies.ts');
  const { linkKeyring } = await import('../../../functions/runtime/link-keyring.ts');
  const dependencies = httpDependencies(process.env);
  const repository: Repository = {
    ...dependencies.repository,
    applyTransition: async (write) => {
      const result = await dependencies.repository.applyTransition(write);
      attempts[result.kind === 'applied' ? 'applied' : result.reason]++;
      return result;
    },
  };
  countingDecide = module.createDecideHandler({
    ...dependencies,
    repository,
    keyring: linkKeyring(process.env),
  }) as Handler;
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
const approvalRequests = (items: Item[], stageId: string) =>
  ofKind(items, 'outbox')
    .map(
      (item) => item.effect as { template: string; stageId?: string; round?: number; to: { email?: string } },
    )
    .filter((effect) => effect.template === 'approvalRequested' && effect.stageId === stageId);
const stateOf = (items: Item[]) =>
  (ofKind(items, 'submission')[0]?.workflow as { state: Record<string, unknown> } | undefined)?.state;

describe('a first stage where all three experts must approve', () => {
  it('stays with the experts after two approvals and advances once on the third', async () => {
    const submission = await submit();
    expect((await approve(submission, EXPERTS[0])).statusCode).toBe(303);
    expect((await approve(submission, EXPERTS[1])).statusCode).toBe(303);

    const waiting = await itemsOf(submission);
    expect(stateOf(waiting)).toMatchObject({ status: 'inStage', stageId: 'experts', round: 1 });
    expect(Object.keys(stateOf(waiting)?.decisions as object).sort()).toEqual(EXPERTS.slice(0, 2));
    expect(auditEvents(waiting, 'advanced')).toHaveLength(0);
    expect(approvalRequests(waiting, 'steering')).toHaveLength(0);
    expect(ofKind(waiting, 'decision')).toHaveLength(2);

    expect((await approve(submission, EXPERTS[2])).statusCode).toBe(303);
    const advanced = await itemsOf(submission);
    expect(stateOf(advanced)).toMatchObject({ status: 'inStage', stageId: 'steering', round: 2 });
    expect(auditEvents(advanced, 'decided')).toHaveLength(3);
    expect(auditEvents(advanced, 'advanced')).toEqual([
      expect.objectContaining({ stageId: 'steering', round: 2 }),
    ]);
    const requests = approvalRequests(advanced, 'steering');
    expect(requests.map((e) => e.to.email).sort()).toEqual(STEERING);
    expect(requests.every((e) => e.round === 2)).toBe(true);
    // The stage-1 requests of the submit are still the only ones to the experts.
    expect(approvalRequests(advanced, 'experts')).toHaveLength(3);
  });

  it('counts each of three simultaneous approvals once and advances once, for 5 submissions at once', async () => {
    const submissions = await Promise.all(Array.from({ length: 5 }, () => submit()));
    const before = { ...attempts };
    const responses = await Promise.all(
      submissions.map((submission) =>
        Promise.all(EXPERTS.map((approver) => approve(submission, approver, countingDecide))),
      ),
    );
    const tally = {
      applied: attempts.applied - before.applied,
      versionChanged: attempts.versionChanged - before.versionChanged,
      alreadyDecided: attempts.alreadyDecided - before.alreadyDecided,
    };

    expect(responses.flat().map((r) => r.statusCode)).toEqual(Array(15).fill(303));
    expect(tally.applied).toBe(15);
    expect(tally.alreadyDecided).toBe(0);
    for (const submission of submissions) {
      const items = await itemsOf(submission);
      expect(stateOf(items)).toMatchObject({ status: 'inStage', stageId: 'steering', round: 2 });
      expect(stateOf(items)?.version).toBe(4);
      expect(auditEvents(items, 'advanced')).toHaveLength(1);
      expect(auditEvents(items, 'decided')).toHaveLength(3);
      expect(
        ofKind(items, 'decision')
          .map((marker) => marker.approver)
          .sort(),
      ).toEqual(EXPERTS);
      const requests = approvalRequests(items, 'steering');
      expect(requests.map((e) => e.to.email).sort()).toEqual(STEERING);
      expect(requests.every((e) => e.round === 2)).toBe(true);
      const history = await env.repository.getSubmissionHistory(ID, submission.id);
      expect(history?.events.filter((e) => e.event === 'advanced')).toHaveLength(1);
    }
  });

  it('ends with one rejection, and the other experts’ posts answer 409 and change nothing', async () => {
    const submission = await submit();
    const rejection = await postWith(decide, token(submission, EXPERTS[1]), {
      decision: 'reject',
      comment: 'Der Titel passt nicht zum Papier.',
    });
    expect(rejection.statusCode).toBe(303);

    const before = await itemsOf(submission);
    expect(stateOf(before)).toMatchObject({ status: 'rejected', stageId: 'experts' });
    expect(auditEvents(before, 'rejected')).toHaveLength(1);
    expect(ofKind(before, 'decision')).toHaveLength(1);

    const late = await Promise.all([
      approve(submission, EXPERTS[0]),
      postWith(decide, token(submission, EXPERTS[2]), { decision: 'reject', comment: 'Auch nein' }),
      approve(submission, EXPERTS[2]),
    ]);
    expect(late.map((r) => r.statusCode)).toEqual([409, 409, 409]);
    const after = await itemsOf(submission);
    expect(after).toEqual(before);
    expect(auditEvents(after, 'advanced')).toHaveLength(0);
    expect(approvalRequests(after, 'steering')).toHaveLength(0);
  });
});
