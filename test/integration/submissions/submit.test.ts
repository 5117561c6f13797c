import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FormBody } from '../../../shared/answers/types.ts';
import { createDefinitionCache, createRepository, submissionKey } from '../../../shared/storage/index.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import {
  participationKeyring,
  signedFormId,
  signedFormIdFor,
  submissionIdOf,
} from '../../support/form-ids.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const TableName = inject('tableName');
const repository = createRepository({ client, tableName: TableName });
const deps = {
  repository,
  definitions: createDefinitionCache(repository, { ttlSeconds: 60 }),
  participationKeyring,
  now: () => WHILE_OPEN,
};
const submit = (slug: string, body: FormBody) => submitAnswers(deps, { slug, body });

beforeAll(async () => {
  await repository.publishDefinition(aConsultation('submit-open'));
  await repository.publishDefinition(aConsultation('submit-later', { opens: '2026-09-01T00:00:00+02:00' }));
});
afterAll(() => client.destroy());

async function isStored(sid: string, consultationId = 'submit-open'): Promise<boolean> {
  const id = submissionIdOf(sid);
  const { Item } = await client.send(
    new GetItemCommand({ TableName, Key: marshall(submissionKey(consultationId, id)), ConsistentRead: true }),
  );
  return Item !== undefined;
}

const body = (sid: string, extra: FormBody = {}): FormBody => ({
  _sid: sid,
  name_choice: 'zusammen',
  ...extra,
});

describe('submitAnswers against DynamoDB Local', () => {
  it('stores a valid submission once and answers a repeat with the same one', async () => {
    const sid = await signedFormIdFor(deps.definitions, 'submit-open', WHILE_OPEN);

    const first = await submit('submit-open', body(sid, { full_name: 'Olena Kovalenko', _lang: 'en' }));
    const again = await submit('submit-open', body(sid, { full_name: 'Olena Kovalenko', _lang: 'en' }));

    expect(first.kind).toBe('stored');
    expect(again.kind).toBe('duplicate');
    if (first.kind !== 'stored' || again.kind !== 'duplicate') throw new Error('unexpected outcome');
    expect(again.submission).toEqual(first.submission);
    expect(await repository.getSubmission('submit-open', submissionIdOf(sid))).toMatchObject({
      locale: 'en',
      personal: { full_name: 'Olena Kovalenko' },
    });
    expect(await repository.resultCounts('submit-open')).toEqual({ 'name_choice#zusammen': 1, _total: 1 });
  });

  it('stores nothing for invalid answers', async () => {
    const sid = await signedFormIdFor(deps.definitions, 'submit-open', WHILE_OPEN);

    const outcome = await submit('submit-open', { _sid: sid, name_choice: 'not-an-option' });

    expect(outcome).toMatchObject({ kind: 'invalid', submissionId: sid });
    expect(outcome.kind === 'invalid' && outcome.errors.name_choice?.code).toBe('option');
    expect(await isStored(sid)).toBe(false);
  });

  it('stores nothing for a filled honeypot', async () => {
    const sid = await signedFormIdFor(deps.definitions, 'submit-open', WHILE_OPEN);

    expect((await submit('submit-open', body(sid, { _website: 'http://spam.example' }))).kind).toBe('spam');
    expect(await isStored(sid)).toBe(false);
  });

  it('stores nothing for an unknown slug', async () => {
    const sid = signedFormId({ consultationId: 'submit-nowhere', version: 'aaaaaaaaaaaa' }, WHILE_OPEN);

    expect(await submit('submit-nowhere', body(sid))).toEqual({ kind: 'notFound' });
    expect(await isStored(sid)).toBe(false);
  });

  it('stores nothing before the consultation opens', async () => {
    const sid = await signedFormIdFor(deps.definitions, 'submit-later', WHILE_OPEN);

    expect(await submit('submit-later', body(sid))).toMatchObject({
      kind: 'unavailable',
      reason: 'notYetOpen',
    });
    expect(await isStored(sid, 'submit-later')).toBe(false);
  });
});
