import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { keyringSourceFromEnv, loadKeyring } from '../../../shared/links/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { formPost, httpEvent, lambdaContext } from '../../support/events.ts';
import { signedFormId, submissionIdOf } from '../../support/form-ids.ts';
import { type FunctionEnvironment, functionEnvironment, schedules } from './function-environment.ts';

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

/**
 * Staff patterns that make a backtracking engine take seconds (`(a+)+` at 28 characters held the
 * function 10 s) or forever (200 characters). Each post must be refused with 400 in well under a
 * second, by the real submit handler against DynamoDB Local, and store nothing.
 */
const EVIL = {
  nested: '(a+)+',
  overlap: '(a|aa)+$',
  polynomial: '(.*a){20}',
} as const;
type EvilField = keyof typeof EVIL;
const FIELDS = Object.keys(EVIL) as EvilField[];
const BUDGET_MS = 500;

const textField = (id: EvilField, regex: string, message: string) => ({
  type: 'text' as const,
  id,
  label: { de: `Code ${id}`, en: `Code ${id}` },
  pattern: { regex, message: { de: message, en: message } },
});

const withPatterns = (patterns: Record<EvilField, string>, message: string): Consultation =>
  aConsultation('fn-patterns', {
    ...schedules.open(),
    fields: FIELDS.map((id) => textField(id, patterns[id], `${message} ${id}`)),
  });

let env: FunctionEnvironment;
let form: Handler;
let submit: Handler;
let superseded: string;
let current: string;

beforeAll(async () => {
  env = await functionEnvironment('patterns');
  // The first version carries the evil patterns; staff then "fix" them, but the first version
  // stays selectable with `_v` by forms rendered before the fix.
  superseded = (await env.repository.publishDefinition(withPatterns(EVIL, 'Alte Regel'))).version;
  const fixed = { nested: 'a+', overlap: 'a+', polynomial: '[a-z]*a' };
  current = (await env.repository.publishDefinition(withPatterns(fixed, 'Neue Regel'))).version;
  form = (await import('../../../functions/form/handler.ts')).handler as Handler;
  submit = (await import('../../../functions/submit/handler.ts')).handler as Handler;
});

afterAll(() => env.client.destroy());

const call = (handler: Handler, event: APIGatewayProxyEventV2) => handler(event, lambdaContext());

/** The hidden fields of a freshly rendered form, as a browser posts them back. */
async function hiddenFields(): Promise<Record<string, string>> {
  const page = await call(form, httpEvent({ route: '/c/{slug}', pathParameters: { slug: 'fn-patterns' } }));
  const value = (name: string) =>
    (page.body ?? '')
      .match(new RegExp(`<input\\b[^>]*name="${name}"[^>]*>`))?.[0]
      .match(/value="([^"]*)"/)?.[1];
  const sid = value('_sid');
  const version = value('_v');
  if (!sid || !version) throw new Error('the form carries no _sid or _v');
  return { _sid: sid, _v: version, _lang: 'de' };
}

/** Posts `answers` (to the version `_v` names) and measures how long the handler took. */
async function timedPost(answers: Record<string, string>, version?: string) {
  const hidden = await hiddenFields();
  // A form of another version carries an id signed for that version, as its page rendered it.
  const participation = await loadKeyring(keyringSourceFromEnv(process.env, 'PARTICIPATION'));
  const versioned: Record<string, string> = version
    ? {
        _v: version,
        _sid: signedFormId({ consultationId: 'fn-patterns', version }, new Date(), participation),
      }
    : {};
  const fields = { ...hidden, ...versioned, ...answers };
  const started = performance.now();
  const response = await call(submit, formPost('fn-patterns', fields));
  return { response, ms: performance.now() - started, sid: submissionIdOf(fields._sid ?? '') };
}

const hostile = {
  /** Far beyond maxLength (200): refused by the length rule before any pattern could run. */
  tooLong: `${'a'.repeat(10_000)}!`,
  /** Just within maxLength: reaches the pattern, in the shape that makes backtracking explode. */
  withinLength: `${'a'.repeat(199)}!`,
};

describe('POST /c/{slug} with a catastrophic staff pattern', () => {
  it('refuses an answer of the evil shape within maxLength for each pattern, fast, storing nothing', async () => {
    for (const id of FIELDS) {
      // Prepare
      const before = await env.scan();
      // Act
      const { response, ms } = await timedPost({ [id]: hostile.withinLength }, superseded);
      // Assess
      expect(response.statusCode, id).toBe(400);
      expect(response.body).toContain(`Alte Regel ${id}`);
      expect(ms, `${id} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      expect(await env.scan()).toEqual(before);
    }
  });

  it('refuses 10,000-character answers to all three fields at once as too long, fast, storing nothing', async () => {
    // Prepare
    const before = await env.scan();
    const answers = Object.fromEntries(FIELDS.map((id) => [id, hostile.tooLong]));
    // Act
    const { response, ms } = await timedPost(answers, superseded);
    // Assess
    expect(response.statusCode).toBe(400);
    for (const id of FIELDS)
      expect(response.body).toContain(`„Code ${id}“ darf höchstens 200 Zeichen lang sein.`);
    expect(response.body).not.toContain('Alte Regel');
    expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
    expect(await env.scan()).toEqual(before);
  });

  it('is as fast against the current version as against the superseded one', async () => {
    for (const answer of [hostile.withinLength, hostile.tooLong]) {
      const before = await env.scan();
      const answers = Object.fromEntries(FIELDS.map((id) => [id, answer]));
      const { response, ms } = await timedPost(answers);
      expect(response.statusCode).toBe(400);
      expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      expect(await env.scan()).toEqual(before);
    }
  });

  it('still stores an answer that matches the superseded version’s pattern, within the grace window, under the current version', async () => {
    // Prepare
    const before = await env.submissionCount();
    const answers = { nested: 'aaaa', overlap: 'aaa', polynomial: 'a'.repeat(20) };
    // Act
    const { response, sid } = await timedPost(answers, superseded);
    // Assess
    expect(response.statusCode).toBe(303);
    expect(await env.submissionCount()).toBe(before + 1);
    expect(current).not.toBe(superseded);
    // Validated as loaded; it belongs to the current version like every submission (issue 8, point 4).
    expect((await env.repository.getSubmission('fn-patterns', sid))?.definitionVersion).toBe(current);
  });
});
