import { GetItemCommand, QueryCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  createRepository,
  PublishConflictError,
  resultKeyFor,
  SHARD_COUNT,
  SUBMISSION_TOTAL_COUNTER,
  shardOf,
  submissionKey,
} from '../../../shared/storage/index.ts';
import { submitTransaction } from '../../../shared/storage/transactions.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const TableName = inject('tableName');
const repository = createRepository({ client, tableName: TableName });
afterAll(() => client.destroy());

let sequence = 0;
function aSubmission(consultationId: string, overrides: Partial<Submission> = {}): Submission {
  const id = newSubmissionId(new Date(WHILE_OPEN.getTime() + ++sequence));
  return {
    id,
    reference: referenceOf(id),
    consultationId,
    definitionVersion: '0123456789ab',
    locale: 'de',
    submittedAt: WHILE_OPEN.toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: {},
    expiresAt: Math.floor(WHILE_OPEN.getTime() / 1000) + 30 * 86_400,
    ...overrides,
  };
}

async function rawItem(key: { pk: string; sk: string }) {
  const { Item } = await client.send(
    new GetItemCommand({ TableName, Key: marshall(key), ConsistentRead: true }),
  );
  return Item ? unmarshall(Item) : undefined;
}

describe('publishing definitions', () => {
  it('finds a published definition by its slug and lists it in the catalogue', async () => {
    const definition = aConsultation('repo-publish', { slug: 'repo-publish-slug' });

    const published = await repository.publishDefinition(definition);

    expect(published.version).toMatch(/^[0-9a-f]{12}$/);
    const found = await repository.findPublishedBySlug('repo-publish-slug');
    expect(found).toEqual(published);
    expect(found?.definition.title.de).toBe('Wir sind Hannover');
    const summary = (await repository.listConsultations()).find((c) => c.id === 'repo-publish');
    expect(summary).toMatchObject({
      slug: 'repo-publish-slug',
      version: published.version,
      languages: ['de', 'en'],
    });
  });

  it('gives the same text the same version and keeps older versions readable', async () => {
    const first = await repository.publishDefinition(aConsultation('repo-versions'));
    const again = await repository.publishDefinition(aConsultation('repo-versions'));
    const changed = await repository.publishDefinition(aConsultation('repo-versions', { retentionDays: 90 }));

    expect(again.version).toBe(first.version);
    expect(changed.version).not.toBe(first.version);
    expect((await repository.findPublishedBySlug('repo-versions'))?.version).toBe(changed.version);
    expect((await repository.getDefinitionVersion('repo-versions', first.version))?.retentionDays).toBe(30);
    expect(await repository.getDefinitionVersion('repo-versions', 'ffffffffffff')).toBeUndefined();
  });

  it('versions a definition by content, whatever the order of its keys', async () => {
    const definition = aConsultation('repo-key-order');
    const reordered = Object.fromEntries(Object.entries(definition).reverse()) as typeof definition;

    const a = await repository.publishDefinition(definition);
    const b = await repository.publishDefinition(reordered);

    expect(b.version).toBe(a.version);
  });

  it('moves a consultation to a new slug and stops resolving the old one', async () => {
    await repository.publishDefinition(aConsultation('repo-moved', { slug: 'repo-moved-old' }));

    await repository.publishDefinition(aConsultation('repo-moved', { slug: 'repo-moved-new' }));

    expect(await repository.findPublishedBySlug('repo-moved-old')).toBeUndefined();
    expect((await repository.findPublishedBySlug('repo-moved-new'))?.definition.id).toBe('repo-moved');
  });

  it('refuses a slug that belongs to another consultation', async () => {
    await repository.publishDefinition(aConsultation('repo-owner', { slug: 'repo-contested' }));

    await expect(
      repository.publishDefinition(aConsultation('repo-intruder', { slug: 'repo-contested' })),
    ).rejects.toBeInstanceOf(PublishConflictError);
    expect((await repository.findPublishedBySlug('repo-contested'))?.definition.id).toBe('repo-owner');
  });

  it('answers undefined for an unknown slug', async () => {
    expect(await repository.findPublishedBySlug('repo-no-such-slug')).toBeUndefined();
  });
});

describe('storing submissions exactly once', () => {
  it("stores a new submission in its consultation's shard partition, without index keys", async () => {
    const submission = aSubmission('repo-store', { copyTo: 'amira@example.org' });

    const result = await repository.putSubmissionOnce(submission, { 'name_choice#zusammen': 1 });

    expect(result.stored).toBe(true);
    expect(await repository.getSubmission('repo-store', submission.id)).toEqual(submission);
    const item = await rawItem(submissionKey('repo-store', submission.id));
    expect(item?.pk).toBe(`CONS#repo-store#SUB#${shardOf(submission.id)}`);
    expect(item?.sk).toBe(`SUB#${submission.id}`);
    expect(Object.keys(item ?? {}).filter((name) => name.startsWith('gsi'))).toEqual([]);
  });

  it('finds a submission only under its own consultation', async () => {
    const submission = aSubmission('repo-own');
    await repository.putSubmissionOnce(submission, {});

    expect(await repository.getSubmission('repo-other', submission.id)).toBeUndefined();
  });

  it('keeps the same id in two consultations apart', async () => {
    const one = aSubmission('repo-apart-one');
    const other = {
      ...one,
      consultationId: 'repo-apart-other',
      answers: { name_choice: 'wir-sind-hannover' },
    };

    const results = [
      await repository.putSubmissionOnce(one, {}),
      await repository.putSubmissionOnce(other, {}),
    ];

    expect(results.map((r) => r.stored)).toEqual([true, true]);
    expect(await repository.getSubmission('repo-apart-one', one.id)).toEqual(one);
    expect(await repository.getSubmission('repo-apart-other', one.id)).toEqual(other);
  });

  it('returns the existing submission for a repeated id and counts it once', async () => {
    const submission = aSubmission('repo-twice');
    const repeat = { ...submission, answers: { name_choice: 'wir-sind-hannover' } };

    const first = await repository.putSubmissionOnce(submission, { 'name_choice#zusammen': 1 });
    const second = await repository.putSubmissionOnce(repeat, { 'name_choice#wir-sind-hannover': 1 });

    expect(first.stored).toBe(true);
    expect(second).toEqual({ stored: false, existing: submission });
    const counters = await rawItem(resultKeyFor('repo-twice', submission.id));
    expect(counters?.['c#name_choice#zusammen']).toBe(1);
    expect(counters?.['c#name_choice#wir-sind-hannover']).toBeUndefined();
    const { Items } = await client.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: marshall({ ':pk': submissionKey('repo-twice', submission.id).pk }),
        ConsistentRead: true,
      }),
    );
    expect(Items).toHaveLength(1);
  });

  it('stores exactly one of 20 parallel puts of one id', async () => {
    const submission = aSubmission('repo-parallel');

    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        repository.putSubmissionOnce(submission, { 'name_choice#zusammen': 1 }),
      ),
    );

    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(results.filter((r) => !r.stored)).toHaveLength(19);
    expect(await repository.resultCounts('repo-parallel')).toEqual({ 'name_choice#zusammen': 1, _total: 1 });
  });

  it('sums counters over all shards', async () => {
    const submissions = Array.from({ length: 12 }, () => aSubmission('repo-sums'));

    for (const s of submissions) {
      await repository.putSubmissionOnce(s, { 'name_choice#zusammen': 1, 'topics#work': 1 });
    }

    expect(await repository.resultCounts('repo-sums')).toEqual({
      'name_choice#zusammen': 12,
      'topics#work': 12,
      _total: 12,
    });
    const shards = new Set(submissions.map((s) => shardOf(s.id)));
    expect(shards.size).toBeGreaterThan(1);
    expect([...shards].every((shard) => shard >= 0 && shard < SHARD_COUNT)).toBe(true);
  });

  it('stores a submission without counters and still counts it in the total', async () => {
    const submission = aSubmission('repo-no-counters');

    expect((await repository.putSubmissionOnce(submission, {})).stored).toBe(true);
    expect(await repository.resultCounts('repo-no-counters')).toEqual({ [SUBMISSION_TOTAL_COUNTER]: 1 });
  });
});

describe('write capacity of a submit', () => {
  /** A submission with a personal part, a copy address and the given comment as its long answer. */
  const aSubmissionWith = (consultationId: string, comment: string) =>
    aSubmission(consultationId, {
      answers: { name_choice: 'zusammen', comment },
      personal: { full_name: 'Amira Yılmaz', email: 'amira@example.org' },
      copyTo: 'amira@example.org',
    });
  const counters = { 'name_choice#zusammen': 1 };

  /**
   * What each item of the submit transaction costs, each sent in a transaction of its own (a twin
   * submission of the same size, so the stored one stays untouched). DynamoDB charges a transaction
   * per item; DynamoDB Local under-reports transactions of several items of one size class (it
   * reports 2 for two 1 KB items), so the per-item figures are the ones that match AWS.
   */
  async function unitsPerItem(submission: Submission): Promise<number[]> {
    const twin = { ...submission, id: newSubmissionId(new Date(WHILE_OPEN.getTime() + ++sequence)) };
    const units: number[] = [];
    for (const item of submitTransaction(TableName, twin, counters)) {
      const { ConsumedCapacity } = await client.send(
        new TransactWriteItemsCommand({ TransactItems: [item], ReturnConsumedCapacity: 'INDEXES' }),
      );
      units.push(ConsumedCapacity?.[0]?.CapacityUnits ?? Number.NaN);
    }
    return units;
  }

  it('costs 4 write units for a submission under 1 KB: 2 for it, 2 for its counter shard, none for an index', async () => {
    const submission = aSubmissionWith(
      'repo-capacity',
      'Mehr Begegnungsorte in den Stadtteilen. '.repeat(12),
    );
    expect(JSON.stringify(submission).length).toBeGreaterThan(700);
    expect(JSON.stringify(submission).length).toBeLessThan(900);

    const result = await repository.putSubmissionOnce(submission, counters);

    if (!result.stored) throw new Error('not stored');
    expect(result.consumed?.indexes).toBe(0);
    expect(result.consumed?.total).toBeLessThanOrEqual(4);
    expect(await unitsPerItem(submission)).toEqual([2, 2]);
  });

  it('costs 6 write units when the answers alone fill 1 KB: the submission item is then 2 KB', async () => {
    const submission = aSubmissionWith('repo-capacity-1kb', 'x'.repeat(1024));

    const result = await repository.putSubmissionOnce(submission, counters);

    if (!result.stored) throw new Error('not stored');
    expect(result.consumed).toEqual({ table: 6, indexes: 0, total: 6 });
    expect(await unitsPerItem(submission)).toEqual([4, 2]);
  });
});

describe('marking the confirmation copy sent', () => {
  it('marks it once: true the first time, false after', async () => {
    const submission = aSubmission('repo-mark', { copyTo: 'amira@example.org' });
    await repository.putSubmissionOnce(submission, {});

    expect(
      await repository.markConfirmationSent('repo-mark', submission.id, '2026-06-15T10:00:01.000Z'),
    ).toBe(true);
    expect(
      await repository.markConfirmationSent('repo-mark', submission.id, '2026-06-15T10:00:02.000Z'),
    ).toBe(false);
    expect((await repository.getSubmission('repo-mark', submission.id))?.confirmationSentAt).toBe(
      '2026-06-15T10:00:01.000Z',
    );
  });

  it('does not create an item for an unknown submission', async () => {
    const id = newSubmissionId(WHILE_OPEN);

    expect(await repository.markConfirmationSent('repo-mark', id, '2026-06-15T10:00:01.000Z')).toBe(false);
    expect(await rawItem(submissionKey('repo-mark', id))).toBeUndefined();
  });
});
