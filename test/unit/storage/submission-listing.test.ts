import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARD_COUNT, shardOf } from '../../../shared/storage/keys.ts';
import {
  decodeListingCursor,
  encodeListingCursor,
  mergeShardReads,
  type ShardPosition,
  type ShardRead,
  startPositions,
} from '../../../shared/storage/submission-listing.ts';
import type { Submission } from '../../../shared/storage/types.ts';

const ulid = fc.stringMatching(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);

const submission = (id: string) => ({ id }) as Submission;

/** The table as the listing sees it: each shard's ids, read newest first as DynamoDB would. */
class ShardedTable {
  private readonly ids = new Set<string>();
  add(ids: Iterable<string>) {
    for (const id of ids) this.ids.add(id);
  }
  read(shard: number, position: ShardPosition, want: number): ShardRead {
    if (position === 'end') return { position, submissions: [], complete: true };
    const remaining = [...this.ids]
      .filter((id) => shardOf(id) === shard && (position === 'start' || id < position))
      .sort()
      .reverse();
    return {
      position,
      submissions: remaining.slice(0, want).map(submission),
      complete: remaining.length <= want,
    };
  }
}

/** Pages as listSubmissions builds them, the cursor going through its text form; `between` runs after each page. */
function pagesOf(table: ShardedTable, limit: number, between: (page: number) => void = () => {}): string[][] {
  const pages: string[][] = [];
  let positions: ShardPosition[] | undefined = startPositions();
  while (positions && pages.length < 1000) {
    const current: ShardPosition[] = positions;
    const reads = current.map((position, shard) => table.read(shard, position, limit + 1));
    const merged = mergeShardReads(reads, limit);
    pages.push(merged.submissions.map((s) => s.id));
    between(pages.length);
    const cursor = encodeListingCursor('c', merged.positions);
    positions = cursor === undefined ? undefined : decodeListingCursor('c', cursor);
    if (cursor !== undefined) expect(positions).toEqual(merged.positions);
  }
  return pages;
}

describe('listing submissions across shards', () => {
  it('hands out every submission once, newest first, in full pages but the last', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ulid, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (ids, limit) => {
        const table = new ShardedTable();
        table.add(ids);

        const pages = pagesOf(table, limit);

        expect(pages.flat()).toEqual([...ids].sort().reverse());
        expect(pages.length).toBe(Math.max(1, Math.ceil(ids.length / limit)));
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
      }),
    );
  });

  it('never shows a submission stored between pages above one already shown', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(ulid, { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(ulid, { maxLength: 5 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (ids, arrivals, limit) => {
          const table = new ShardedTable();
          table.add(ids);

          const pages = pagesOf(table, limit, (page) => table.add(arrivals[page - 1] ?? []));

          const shown = pages.flat();
          expect(shown).toEqual([...new Set(shown)].sort().reverse());
          const before = new Set(shown);
          for (const id of ids) expect(before.has(id)).toBe(true);
        },
      ),
    );
  });
});

describe('listing cursors', () => {
  it('is refused for another consultation, another shard count or a forged position', () => {
    const positions = startPositions();
    const cursor = encodeListingCursor('wir-sind-hannover', positions) ?? '';
    const forged = (p: unknown[]) =>
      Buffer.from(JSON.stringify({ v: 1, c: 'wir-sind-hannover', p })).toString('base64url');

    expect(decodeListingCursor('wir-sind-hannover', cursor)).toEqual(positions);
    expect(decodeListingCursor('another-consultation', cursor)).toBeUndefined();
    expect(decodeListingCursor('wir-sind-hannover', forged([...positions, 'start']))).toBeUndefined();
    expect(decodeListingCursor('wir-sind-hannover', forged(positions.map(() => 'SUB#x')))).toBeUndefined();
    expect(decodeListingCursor('wir-sind-hannover', `${cursor}=`)).toBeUndefined();
    expect(decodeListingCursor('wir-sind-hannover', 'x'.repeat(5000))).toBeUndefined();
  });

  it('is absent once every shard is read to its end', () => {
    expect(
      encodeListingCursor(
        'c',
        Array.from({ length: SHARD_COUNT }, () => 'end'),
      ),
    ).toBeUndefined();
  });

  it('never throws for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => decodeListingCursor('c', text)).not.toThrow();
      }),
    );
  });
});
