import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { keyringSourceFromEnv, loadKeyring, signLink } from '../../../shared/links/index.ts';
import { pendingKey } from '../../../shared/storage/index.ts';
import { formPost, httpEvent, lambdaContext } from '../../support/events.ts';
import { signedFormId, submissionIdOf } from '../../support/form-ids.ts';
import {
  aScheduledConsultation,
  type FunctionEnvironment,
  functionEnvironment,
  type RawItem,
} from './function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

let env: FunctionEnvironment;
let submit: Handler;
let confirmLink: Handler;
let confirmAnswer: Handler;
const base = aScheduledConsultation('fn-confirm-fuzz', 'open', 'Fuzz');
const poll = {
  ...base,
  verification: 'email',
  onePerPerson: true,
  fields: base.fields.map((field) => (field.type === 'email' ? { ...field, required: true } : field)),
} as Consultation;
/** Valid tokens of real pending answers, signed with the functions' own key. */
const validTokens: string[] = [];

beforeAll(async () => {
  env = await functionEnvironment('confirm-fuzz');
  const { version } = await env.repository.publishDefinition(poll);
  const participation = await loadKeyring(keyringSourceFromEnv(process.env, 'PARTICIPATION'));
  submit = (await import('../../../functions/submit/handler.ts')).handler as Handler;
  confirmLink = (await import('../../../functions/confirm-link/handler.ts')).handler as Handler;
  confirmAnswer = (await import('../../../functions/confirm-answer/handler.ts')).handler as Handler;
  const keyring = await loadKeyring(keyringSourceFromEnv(process.env, 'LINK'));
  for (let i = 0; i < 3; i++) {
    const formId = signedFormId({ consultationId: poll.id, version }, new Date(), participation);
    const sid = submissionIdOf(formId);
    await submit(
      formPost(poll.slug, {
        _sid: formId,
        _lang: 'de',
        name_choice: 'zusammen',
        email: `fuzz-${i}@example.org`,
      }),
      lambdaContext(),
    );
    const pending = await env.repository.getPending(poll.id, sid);
    if (!pending) throw new Error('The pending answer was not stored');
    const claims = { purpose: 'confirm' as const, consultationId: poll.id, submissionId: sid };
    validTokens.push(signLink({ ...claims, expiresAt: pending.expiresAt }, keyring.current));
    // One more with the claims right but another consultation: must never act on anything.
    validTokens.push(
      signLink({ ...claims, consultationId: 'fn-other', expiresAt: pending.expiresAt }, keyring.current),
    );
  }
});
afterAll(() => env.client.destroy());

const token = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', '.', '..', '../../admin', 'a.b', '%00', 'x'.repeat(3000)),
  fc.constantFrom(...[0, 1, 2, 3, 4, 5]).map((i) => `v${i}`),
  fc.constantFrom(...[0, 1, 2, 3, 4, 5]).map((i) => `v${i}`),
);
const method = fc.oneof(
  fc.constant('POST'),
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'get'),
);
/** How many runs confirmed something: the property must have been exercised on the write path too. */
let confirmations = 0;
const body = fc.option(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), { nil: undefined });
const contentType = fc.constantFrom(
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/json',
  '',
);

/** What the state of one pending answer is: its item, its submission, and the counters, as stored. */
function summary(items: RawItem[]): string {
  return JSON.stringify(items);
}

describe('the confirm endpoint under random input', () => {
  it('never answers 5xx and never writes anything partial', async () => {
    await fc.assert(
      fc.asyncProperty(
        token,
        method,
        body,
        contentType,
        fc.boolean(),
        fc.option(fc.constantFrom('de', 'en', 'xx', '../'), { nil: undefined }),
        async (raw, verb, payload, type, asBase64, lang) => {
          // A `v<i>` token stands for a real, validly signed one (some name another consultation).
          const value = /^v\d$/.test(raw) ? (validTokens[Number(raw.slice(1))] ?? raw) : raw;
          const event = httpEvent({
            method: verb,
            route: '/v/{token}',
            ...(value === '' ? {} : { pathParameters: { token: value } }),
            ...(lang ? { query: { lang } } : {}),
            headers: type ? { 'content-type': type } : {},
            ...(payload === undefined
              ? {}
              : {
                  body: asBase64 ? Buffer.from(payload, 'utf8').toString('base64') : payload,
                  isBase64Encoded: asBase64,
                }),
          });
          const before = await env.scan();
          const results = [
            await confirmLink(event, lambdaContext()),
            await confirmAnswer(event, lambdaContext()),
          ];
          const after = await env.scan();

          for (const result of results) expect(result.statusCode).toBeLessThan(500);
          const acted = results[1]?.statusCode === 303;
          if (!acted) {
            expect(summary(after)).toBe(summary(before));
            return;
          }
          // The only write the endpoint makes is the whole confirmation: the pending item confirmed,
          // the submission, its counters and the voter marker, all at once.
          const changed = after.filter(
            (item) => !before.some((b) => JSON.stringify(b) === JSON.stringify(item)),
          );
          const sid = changed.find((item) => item.pk?.S?.includes('#PENDING#'))?.submissionId?.S;
          if (!sid) {
            // Pressed again: a replay changes nothing.
            expect(summary(after)).toBe(summary(before));
            return;
          }
          const pending = after.find((item) => item.pk?.S === pendingKey(poll.id, sid).pk);
          expect(pending?.status?.S).toBe('confirmed');
          expect(await env.repository.getSubmission(poll.id, sid)).toBeDefined();
          expect(changed.some((item) => item.pk?.S?.includes('#VOTER#'))).toBe(true);
          expect(changed.some((item) => item.pk?.S?.includes('#RES#'))).toBe(true);
          confirmations++;
        },
      ),
      { numRuns: 80 },
    );
    expect(confirmations).toBeGreaterThan(0);
  }, 240_000);
});
