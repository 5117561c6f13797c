import { PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  createRepository,
  MAX_LIST_LIMIT,
  shardOf,
  submissionKey,
  submissionSortKey,
} from '../../../shared/storage/index.ts';
import type { Submission, SubmissionPage } from '../../../shared/storage/types.ts';
import { newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';
import { WHILE_OPEN } from '../../support/consultation-factory.ts';
import { localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const TableName = inject('tableName');
const repository = createRepository({ client, tableName: TableName });
afterAll(() => client.destroy());

let clock = WHILE_OPEN.getTime();
function aSubmission(consultationId: string): Submission {
  // One millisecond apart: ULIDs (and so "newest first") follow the order of creation.
  const id = newSubmissionId(new Date(++clock));
  return {
    id,
    reference: referenceOf(id),
    consultationId,
    definitionVersion: '0123456789ab',
    locale: 'de',
    submittedAt: new Date(clock).toISOString(),
    answers: { name_choice: 'zusammen' },
    personal: {},
    expiresAt: Math.floor(clock / 1000) + 30 * 86_400,
  };
}

async function storeAll(consultationId: string, count: number): Promise<Submission[]> {
  const submissions = Array.from({ length: count }, () => aSubmission(consultationId));
  // Stored in shuffled order: the listing must not depend on the order of writes.
  const shuffled = [...submissions].sort((a, b) => shardOf(a.id) - shardOf(b.id));
  for (const s of shuffled) await repository.putSubmissionOnce(s, {});
  return submissions;
}

/** Every page from the first to the one without a cursor. */
async function allPages(consultationId: string, limit: number): Promise<Submission[][]> {
  const pages: Submission[][] = [];
  let cursor: string | undefined;
  do {
    const page: SubmissionPage = await repository.listSubmissions(consultationId, { limit, cursor });
    if (page.kind !== 'page') throw new Error(page.kind);
    pages.push(page.submissions);
    cursor = page.cursor;
  } while (cursor && pages.length < 20);
  return pages;
}

const newestFirst = (submissions: Submission[]) =>
  submissions
    .map((s) => s.id)
    .sort()
    .reverse();

describe('listing the submissions of a consultation', () => {
  it('pages through 25 submissions newest first across shards, without duplicates or gaps', async () => {
    const submissions = await storeAll('list-25', 25);
    expect(new Set(submissions.map((s) => shardOf(s.id))).size).toBeGreaterThan(2);

    const pages = await allPages('list-25', 10);

    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat().map((s) => s.id)).toEqual(newestFirst(submissions));
    expect(pages[0]?.[0]).toEqual(submissions.at(-1));
  });

  it('ends without an empty last page when the total is a multiple of the limit', async () => {
    const submissions = await storeAll('list-exact', 20);

    const pages = await allPages('list-exact', 10);

    expect(pages.map((page) => page.length)).toEqual([10, 10]);
    expect(pages.flat().map((s) => s.id)).toEqual(newestFirst(submissions));
  });

  it('shows a submission stored after the first page on no later page, and loses none', async () => {
    const earlier = await storeAll('list-moving', 6);
    const first = await repository.listSubmissions('list-moving', { limit: 4 });
    if (first.kind !== 'page') throw new Error(first.kind);

    const later = await storeAll('list-moving', 1);
    const second = await repository.listSubmissions('list-moving', { limit: 4, cursor: first.cursor });

    if (second.kind !== 'page') throw new Error(second.kind);
    expect([...first.submissions, ...second.submissions].map((s) => s.id)).toEqual(newestFirst(earlier));
    expect(second.submissions.map((s) => s.id)).not.toContain(later[0]?.id);
    expect(second.cursor).toBeUndefined();
  });

  it('lists only submissions, not the items of their history that share their prefix', async () => {
    const [submission] = await storeAll('list-history', 1);
    if (!submission) throw new Error('nothing stored');
    const key = submissionKey('list-history', submission.id);
    for (const suffix of ['#EVT#2026-06-15T10:00:00.000Z#1', '#OUT#01JXKZ5J4G7K3Q9D2FABCDEFGH']) {
      await client.send(
        new PutItemCommand({
          TableName,
          Item: marshall({
            pk: key.pk,
            sk: `${key.sk}${suffix}`,
            kind: suffix.startsWith('#EVT') ? 'event' : 'outbox',
          }),
        }),
      );
    }

    const page = await repository.listSubmissions('list-history', { limit: 10 });
    const { Items } = await client.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: marshall({ ':pk': key.pk, ':prefix': submissionSortKey(submission.id) }),
      }),
    );

    expect(page).toEqual({ kind: 'page', submissions: [submission] });
    // One Query by the submission's prefix reads it with its whole history.
    expect((Items ?? []).map((item) => unmarshall(item).kind)).toEqual(['submission', 'event', 'outbox']);
  });

  it('answers an empty last page for a consultation without submissions', async () => {
    expect(await repository.listSubmissions('list-nothing', { limit: 10 })).toEqual({
      kind: 'page',
      submissions: [],
    });
  });

  it('refuses a cursor it did not make, or made for another consultation', async () => {
    await storeAll('list-cursors', 3);
    const first = await repository.listSubmissions('list-cursors', { limit: 1 });
    if (first.kind !== 'page' || !first.cursor) throw new Error('expected a cursor');
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const positions = Array.from({ length: 8 }, () => 'start');

    const refused = [
      'not a cursor',
      '',
      json({ v: 1, c: 'list-cursors', p: positions.slice(1) }),
      json({ v: 1, c: 'list-cursors', p: positions.map(() => 'SUB#1') }),
      json({ v: 2, c: 'list-cursors', p: positions }),
      Buffer.from('{"v":1,').toString('base64url'),
      first.cursor.slice(0, -4),
    ];

    for (const cursor of refused) {
      expect(await repository.listSubmissions('list-cursors', { limit: 1, cursor })).toEqual({
        kind: 'badCursor',
      });
    }
    expect(await repository.listSubmissions('list-25', { limit: 1, cursor: first.cursor })).toEqual({
      kind: 'badCursor',
    });
    expect(
      (
        await repository.listSubmissions('list-cursors', {
          limit: 1,
          cursor: json({ v: 1, c: 'list-cursors', p: positions }),
        })
      ).kind,
    ).toBe('page');
  });

  it('throws for a limit outside 1 to MAX_LIST_LIMIT, a bug in the caller', async () => {
    for (const limit of [0, 1.5, MAX_LIST_LIMIT + 1]) {
      await expect(repository.listSubmissions('list-25', { limit })).rejects.toBeInstanceOf(RangeError);
    }
  });
});
