import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefinitionCache } from '../../../shared/storage/index.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { eraseOnRequest } from '../../../shared/submissions/erase.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultationWithWorkflow, aStage } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormIdFor } from '../../support/form-ids.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  schedules,
} from '../functions/function-environment.ts';

const definition = aConsultationWithWorkflow('st-erase', [aStage('experts', 2, { rule: 'all' })], {
  ...schedules.open(),
});

const ADDRESS = 'amira.erase@example.org';
const NAME = 'Amira Yılmaz-Erase';

let env: FunctionEnvironment;

beforeAll(async () => {
  env = await functionEnvironment('erase');
  await env.repository.publishDefinition(definition);
});

afterAll(() => env.client.destroy());

async function submit(): Promise<Submission> {
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const now = new Date();
  const outcome = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring, now: () => now },
    {
      slug: definition.slug,
      body: {
        _sid: await signedFormIdFor(definitions, definition.slug, now),
        name_choice: 'zusammen',
        comment: 'Mehr Sprachcafés',
        email: ADDRESS,
        full_name: NAME,
        _copy: 'yes',
      },
    },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

const plain = (items: Record<string, AttributeValue>[]) => items.map((item) => unmarshall(item));
const bySk = (items: Record<string, unknown>[], part: string) =>
  items.filter((item) => String(item.sk).includes(part));

describe('erasure on request', () => {
  it('removes every personal value from the submission and its items, keeps the counts, records it once', async () => {
    // Prepare
    const submission = await submit();
    const before = plain(await env.scan());
    expect(JSON.stringify(before)).toContain(ADDRESS);
    expect(JSON.stringify(before)).toContain(NAME);
    const countersBefore = before.filter((item) => String(item.pk).includes('#RES#'));
    expect(countersBefore.length).toBeGreaterThan(0);

    // Act
    const result = await eraseOnRequest(
      { repository: env.repository },
      { consultationId: definition.id, submissionId: submission.id, definition, now: new Date() },
    );

    // Assess: no item of the table holds the address or the name any more.
    expect(result.kind).toBe('erased');
    const after = plain(await env.scan());
    const text = JSON.stringify(after);
    expect(text).not.toContain(ADDRESS);
    expect(text).not.toContain(NAME);
    // The anonymous rest and the counts stay.
    expect(text).toContain('Mehr Sprachcafés');
    expect(after.filter((item) => String(item.pk).includes('#RES#'))).toEqual(countersBefore);
    // The audit says that it happened (by the submitter), not what was erased.
    const erasedEvents = bySk(after, '#EVT#').filter((item) => JSON.stringify(item).includes('"erased"'));
    expect(erasedEvents).toHaveLength(1);
    // The department is told through the outbox.
    const notices = bySk(after, '#OUT#').filter((item) => JSON.stringify(item).includes('erased'));
    expect(notices).toHaveLength(1);

    // Act again: a second request changes nothing and says when it was done.
    const again = await eraseOnRequest(
      { repository: env.repository },
      { consultationId: definition.id, submissionId: submission.id, definition, now: new Date() },
    );
    expect(again).toEqual({
      kind: 'alreadyErased',
      erasedAt: result.kind === 'erased' ? result.erasedAt : '',
    });
    expect(plain(await env.scan())).toEqual(after);
  });

  it('answers notFound for an invented submission and writes nothing', async () => {
    // Prepare
    const before = await env.scan();
    // Act
    const result = await eraseOnRequest(
      { repository: env.repository },
      {
        consultationId: definition.id,
        submissionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
        definition,
        now: new Date(),
      },
    );
    // Assess
    expect(result).toEqual({ kind: 'notFound' });
    expect(await env.scan()).toEqual(before);
  });
});
