import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Keyring, loadKeyring } from '../../../shared/links/index.ts';
import { type CodeBatchDeps, generateCodeBatch } from '../../../shared/participation/code-batches.ts';
import { codeHashCandidates, normalizeCode } from '../../../shared/participation/codes.ts';
import type { AdminChange } from '../../../shared/storage/admin-types.ts';
import {
  type CodeRepository,
  codesUsedCounter,
  createCodeRepository,
  createDefinitionCache,
} from '../../../shared/storage/index.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { formPost, lambdaContext } from '../../support/events.ts';
import { participationKeyring, signedFormId } from '../../support/form-ids.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  type RawItem,
} from '../functions/function-environment.ts';

/** A `_sid` as the current form renders it (set once the definition is published). */
let formId: () => string = () => {
  throw new Error('not published yet');
};

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

/**
 * `verification: code` against DynamoDB Local: batches store only keyed hashes, a code is spent
 * once by the submit transaction (also when two forms race with it), and a used, voided or unknown
 * code is refused with the form again and nothing stored.
 */

let env: FunctionEnvironment;
let keyring: Keyring;
let codes: CodeRepository;
let deps: CodeBatchDeps;
let submit: Handler;

const definition = aConsultation('codes-vote', { verification: 'code' });

const change = (summary: string): AdminChange => ({
  scope: { kind: 'consultation', consultationId: definition.id },
  actor: 'clerk@example.org',
  action: 'codesGenerated',
  summary,
  at: WHILE_OPEN.toISOString(),
});

const generate = (count: number) =>
  generateCodeBatch(deps, {
    consultationId: definition.id,
    count,
    actor: 'clerk@example.org',
    now: WHILE_OPEN,
    change: (batchId) => change(`Generated ${count} (batch ${batchId})`),
  });

const post = (code: string | undefined, sid = formId()) =>
  submit(
    formPost(definition.slug, {
      _sid: sid,
      _lang: 'en',
      name_choice: 'zusammen',
      ...(code === undefined ? {} : { _code: code }),
    }),
    lambdaContext(),
  );

const hashesOf = (code: string) =>
  codeHashCandidates(keyring, definition.id, normalizeCode(code) ?? 'not a code');

/** Every string anywhere in the table's items. */
function strings(items: RawItem[]): string {
  return JSON.stringify(items);
}

beforeAll(async () => {
  env = await functionEnvironment('codes');
  keyring = await loadKeyring({ kind: 'file', path: process.env.PARTICIPATION_SECRET_FILE ?? '' });
  codes = createCodeRepository({ client: env.client, TableName: env.tableName });
  deps = { keyring: async () => keyring, repository: codes };
  const { version } = await env.repository.publishDefinition(definition);
  formId = () => signedFormId({ consultationId: definition.id, version }, WHILE_OPEN);
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 0, negativeTtlSeconds: 0 });
  submit = (await import('../../../functions/submit/handler.ts')).createSubmitHandler({
    repository: env.repository,
    definitions,
    codes: deps,
    participationKeyring,
    keyring: participationKeyring,
    now: () => WHILE_OPEN,
  }) as Handler;
});

afterAll(() => env.client.destroy());

describe('generating a batch', () => {
  it('stores as many distinct codes as asked for, only as hashes, and records the change', async () => {
    // Act
    const batch = await generate(250);
    // Assess: distinct, printed as three groups of four unambiguous symbols
    expect(new Set(batch.codes).size).toBe(250);
    for (const code of batch.codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
    const items = await env.scan();
    const codeItems = items.filter(
      (item) => item.sk?.S && item.pk?.S?.startsWith(`CONS#${definition.id}#CODE#`),
    );
    expect(codeItems).toHaveLength(250);
    // No code appears anywhere in the table, with or without dashes.
    const text = strings(items);
    for (const code of batch.codes) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(code.replaceAll('-', ''));
    }
    const [listed] = (await codes.listCodeBatches(definition.id)).filter((b) => b.batchId === batch.batchId);
    expect(listed).toMatchObject({ count: 250, complete: true, voided: 0, createdBy: 'clerk@example.org' });
    const log = items.filter((item) => item.pk?.S === `AUDIT#CONS#${definition.id}`);
    expect(strings(log)).toContain(`batch ${batch.batchId}`);
  }, 60_000);
});

describe('answering with a code', () => {
  it('stores the answer and spends the code; the same code again is refused and stores nothing', async () => {
    // Prepare
    const {
      codes: [code = ''],
      batchId,
    } = await generate(2);
    // Act: typed in lower case, without dashes, with spaces
    const first = await post(` ${code.toLowerCase().replaceAll('-', ' ')} `);
    const before = await env.submissionCount();
    const again = await post(code);
    // Assess
    expect(first.statusCode).toBe(303);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This participation code has already been used to answer.');
    expect(again.body).toContain(`value="${code}"`);
    expect(await env.submissionCount()).toBe(before);
    const stored = await codes.findCode(definition.id, hashesOf(code));
    expect(stored?.usedAt).toBe(WHILE_OPEN.toISOString());
    expect((await env.repository.resultCounts(definition.id))[codesUsedCounter(batchId)]).toBe(1);
  });

  it('answers a repeated POST of the same form with its confirmation, not a refusal', async () => {
    const {
      codes: [code = ''],
    } = await generate(1);
    const sid = formId();
    const first = await post(code, sid);
    const repeated = await post(code, sid);
    expect(first.statusCode).toBe(303);
    expect(repeated.statusCode).toBe(303);
    expect(repeated.headers?.location).toBe(first.headers?.location);
  });

  it('stores exactly one of two forms sent at the same time with the same code', async () => {
    // Prepare
    const {
      codes: [code = ''],
      batchId,
    } = await generate(1);
    const before = await env.submissionCount();
    // Act
    const answers = await Promise.all([post(code), post(code), post(code)]);
    // Assess
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([303, 400, 400]);
    expect(await env.submissionCount()).toBe(before + 1);
    expect((await env.repository.resultCounts(definition.id))[codesUsedCounter(batchId)]).toBe(1);
  });

  it('refuses an unknown, a malformed and a missing code with the form again and stores nothing', async () => {
    const before = await env.scan();
    const unknown = await post('ZZZZ-ZZZZ-ZZZZ');
    const malformed = await post('K7QD-93MF');
    const missing = await post(undefined);
    expect([unknown.statusCode, malformed.statusCode, missing.statusCode]).toEqual([400, 400, 400]);
    expect(unknown.body).toContain('We do not know this participation code.');
    expect(malformed.body).toContain('The participation code has 12 characters');
    expect(missing.body).toContain('Enter the participation code from your letter.');
    expect(unknown.body).toContain('href="#f-_code"');
    expect(await env.scan()).toEqual(before);
  });
});

describe('a form of an older version without codes', () => {
  it('is held to the current version: no code, no answer', async () => {
    // Prepare: an older version that asked for no code, then the current one with codes.
    const open = aConsultation('codes-switch');
    const older = await env.repository.publishDefinition(open);
    await env.repository.publishDefinition({ ...open, verification: 'code' });
    const before = await env.submissionCount();
    // Act: a POST naming the older version, without a code
    const answer = await submit(
      formPost(open.slug, {
        _sid: signedFormId({ consultationId: open.id, version: older.version }, WHILE_OPEN),
        _lang: 'en',
        _v: older.version,
        name_choice: 'zusammen',
      }),
      lambdaContext(),
    );
    // Assess
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Enter the participation code from your letter.');
    expect(answer.body).toContain('name="_code"');
    expect(await env.submissionCount()).toBe(before);
  });
});

describe('voiding', () => {
  it('voids one typed code: refused at the form afterwards; a used one cannot be voided', async () => {
    const {
      codes: [lost = '', spent = ''],
      batchId,
    } = await generate(2);
    expect((await post(spent)).statusCode).toBe(303);
    const voided = await codes.voidCode(definition.id, hashesOf(lost.toLowerCase()), change('Voided one'));
    const usedOne = await codes.voidCode(definition.id, hashesOf(spent), change('Voided one'));
    const unknown = await codes.voidCode(definition.id, hashesOf('ZZZZ-ZZZZ-ZZZ1'), change('Voided one'));
    expect(voided).toEqual({ kind: 'voided', batchId });
    expect(usedOne).toEqual({ kind: 'refused', reason: 'used' });
    expect(unknown).toEqual({ kind: 'refused', reason: 'unknown' });
    const before = await env.submissionCount();
    const answer = await post(lost);
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('This participation code is no longer valid.');
    expect(await env.submissionCount()).toBe(before);
    const [batch] = (await codes.listCodeBatches(definition.id)).filter((b) => b.batchId === batchId);
    expect(batch?.voided).toBe(1);
  });

  it('voids the unused codes of a batch (the used ones stay used) and counts them', async () => {
    const { codes: batchCodes, batchId } = await generate(230);
    const [spent = ''] = batchCodes;
    expect((await post(spent)).statusCode).toBe(303);
    const voided = await codes.voidCodeBatch(definition.id, batchId, change('Voided batch'));
    expect(voided).toBe(229);
    const [batch] = (await codes.listCodeBatches(definition.id)).filter((b) => b.batchId === batchId);
    expect(batch).toMatchObject({ count: 230, voided: 229 });
    expect(batch?.voidedAt).toBeDefined();
    expect((await codes.findCode(definition.id, hashesOf(spent)))?.voidedAt).toBeUndefined();
    expect((await post(batchCodes[100] ?? '')).statusCode).toBe(400);
    // Voiding again finds nothing left and records nothing.
    const log = async () =>
      (await env.scan()).filter((i) => i.pk?.S === `AUDIT#CONS#${definition.id}`).length;
    const entries = await log();
    expect(await codes.voidCodeBatch(definition.id, batchId, change('Voided batch'))).toBe(0);
    expect(await log()).toBe(entries);
  }, 60_000);
});
