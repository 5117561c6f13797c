import { describe, expect, it } from 'vitest';
import { draftBytes, draftTooLarge, MAX_DRAFT_BYTES } from '../../../../shared/admin/draft/index.ts';
import { aDraft } from './support.ts';

describe('draftTooLarge', () => {
  it('leaves room below the 400 KB of a DynamoDB item', () => {
    expect(MAX_DRAFT_BYTES).toBeLessThanOrEqual(300_000);
  });

  it('accepts a draft within the budget', () => {
    expect(draftTooLarge(aDraft())).toBeUndefined();
  });

  it('refuses a draft past the budget, in bytes of UTF-8 (not characters), saying how large it is', () => {
    // Prepare: fewer characters than the budget, more bytes ("ä" takes two).
    const draft = aDraft({ intro: { de: 'ä'.repeat(MAX_DRAFT_BYTES / 2 + 10), en: 'x' } });
    expect(JSON.stringify(draft).length).toBeLessThan(MAX_DRAFT_BYTES);
    // Act
    const problem = draftTooLarge(draft);
    // Assert
    expect(draftBytes(draft)).toBeGreaterThan(MAX_DRAFT_BYTES);
    expect(problem).toMatch(
      /^This consultation is too large to store: it takes 301 KB, at most 300 KB fit\./,
    );
  });
});
