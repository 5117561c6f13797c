import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Keyring, loadKeyring } from '../../../shared/links/index.ts';
import { generateCodeBatch } from '../../../shared/participation/code-batches.ts';
import { CODE_ALPHABET, codeHashCandidates, normalizeCode } from '../../../shared/participation/codes.ts';
import {
  type CodeRepository,
  createCodeRepository,
  createDefinitionCache,
} from '../../../shared/storage/index.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { formPost, lambdaContext } from '../../support/events.ts';
import { participationKeyring, signedFormId } from '../../support/form-ids.ts';
import { type FunctionEnvironment, functionEnvironment } from '../functions/function-environment.ts';

/** A `_sid` as the current form renders it (set once the definition is published). */
let formId: () => string = () => {
  throw new Error('not published yet');
};

type Result = APIGatewayProxyStructuredResultV2;
type Handler = (event: APIGatewayProxyEventV2, context: ReturnType<typeof lambdaContext>) => Promise<Result>;

/**
 * Fuzz of the code input and spend path through the real submit handler on DynamoDB Local: whatever
 * is typed (noise, near-codes, real codes mangled in case and separators, posted once or twice), the
 * answer is a 303 or a 400, never a 5xx; and the table stays whole: every stored submission spent
 * exactly one code and every spent code names a stored submission.
 */

let env: FunctionEnvironment;
let keyring: Keyring;
let codes: CodeRepository;
let submit: Handler;
let issued: string[];

const definition = aConsultation('codes-fuzz', { verification: 'code' });

beforeAll(async () => {
  env = await functionEnvironment('codes-fuzz');
  keyring = await loadKeyring({ kind: 'file', path: process.env.PARTICIPATION_SECRET_FILE ?? '' });
  codes = createCodeRepository({ client: env.client, TableName: env.tableName });
  const { version } = await env.repository.publishDefinition(definition);
  formId = () => signedFormId({ consultationId: definition.id, version }, WHILE_OPEN);
  const deps = { keyring: async () => keyring, repository: codes };
  const batch = await generateCodeBatch(deps, {
    consultationId: definition.id,
    count: 40,
    actor: 'clerk@example.org',
    now: WHILE_OPEN,
    change: () => ({
      scope: { kind: 'consultation', consultationId: definition.id },
      actor: 'clerk@example.org',
      action: 'codesGenerated',
      summary: 'fuzz',
      at: WHILE_OPEN.toISOString(),
    }),
  });
  issued = batch.codes;
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

/** A real code as a person might type it: other case, spaces or no dashes, O for 0, l for 1. */
const mangled = fc
  .tuple(fc.nat(), fc.constantFrom('upper', 'lower', 'spaces', 'bare', 'letters'))
  .map(([i, how]) => {
    const code = issued[i % issued.length] ?? '';
    switch (how) {
      case 'lower':
        return code.toLowerCase();
      case 'spaces':
        return code.replaceAll('-', ' ');
      case 'bare':
        return code.replaceAll('-', '');
      case 'letters':
        return code.replaceAll('0', 'O').replaceAll('1', 'l');
      default:
        return code;
    }
  });
const nearCode = fc.stringMatching(new RegExp(`^[${CODE_ALPHABET}-]{10,16}$`));
const typed = fc.oneof(
  mangled,
  nearCode,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

describe('the code input of a form', () => {
  it('never answers 5xx and never leaves a partial write, whatever is typed', async () => {
    await fc.assert(
      fc.asyncProperty(typed, fc.boolean(), async (code, twice) => {
        const sid = formId();
        const event = () =>
          formPost(definition.slug, { _sid: sid, _lang: 'de', name_choice: 'zusammen', _code: code });
        const answers = [await submit(event(), lambdaContext())];
        if (twice) answers.push(await submit(event(), lambdaContext()));
        for (const answer of answers) expect([303, 400]).toContain(answer.statusCode);
        // A repeated POST of a stored form answers like the first one.
        if (twice && answers[0]?.statusCode === 303) expect(answers[1]?.statusCode).toBe(303);
        const symbols = normalizeCode(code);
        if (answers[0]?.statusCode === 303) expect(symbols).toBeDefined();
      }),
      { numRuns: 60 },
    );
    // Assess the whole table: spent codes and stored submissions match one to one.
    const items = await env.scan();
    const submissions = new Set(
      items.filter((i) => i.sk?.S?.startsWith('SUB#') && i.kind?.S === 'submission').map((i) => i.id?.S),
    );
    const spentBy = items.filter((i) => i.kind?.S === 'code' && i.usedAt?.S).map((i) => i.submissionId?.S);
    expect(new Set(spentBy)).toEqual(submissions);
    expect(spentBy).toHaveLength(submissions.size);
    // The runs did reach the spend (mangled real codes are a quarter of the inputs).
    expect(submissions.size).toBeGreaterThan(0);
    // Every issued code is found by its printed form.
    for (const code of issued) {
      const stored = await codes.findCode(
        definition.id,
        codeHashCandidates(keyring, definition.id, normalizeCode(code) ?? ''),
      );
      expect(stored).toBeDefined();
    }
  }, 120_000);
});
