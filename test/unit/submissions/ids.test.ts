import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSubmissionId, newSubmissionId, referenceOf } from '../../../shared/submissions/ids.ts';

describe('submission ids', () => {
  it('creates ids that sort by the time they were made', () => {
    const earlier = newSubmissionId(new Date('2026-06-15T10:00:00Z'));
    const later = newSubmissionId(new Date('2026-06-15T10:00:01Z'));

    expect(isSubmissionId(earlier)).toBe(true);
    expect(earlier < later).toBe(true);
  });

  it('refuses anything that is not a canonical ULID', () => {
    const id = newSubmissionId(new Date('2026-06-15T10:00:00Z'));

    expect(isSubmissionId(id.toLowerCase())).toBe(false);
    expect(isSubmissionId(id.slice(1))).toBe(false);
    expect(isSubmissionId(`${id}0`)).toBe(false);
    expect(isSubmissionId(`8${id.slice(1)}`)).toBe(false);
    expect(isSubmissionId(`${id.slice(0, 25)}U`)).toBe(false);
    expect(isSubmissionId('')).toBe(false);
  });

  it('derives a short reference from the random part, the same every time', () => {
    const id = '01JXKZ5J4G7K3Q9D2FABCDEFGH';

    expect(referenceOf(id)).toBe('7K3Q-9D2F');
    expect(referenceOf(id)).toBe(referenceOf(id));
  });

  it('accepts every id it creates, at any time, and gives each a well-formed reference', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (date) => {
          const id = newSubmissionId(date);
          expect(isSubmissionId(id)).toBe(true);
          expect(referenceOf(id)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        },
      ),
    );
  });

  it('gives two submissions of the same millisecond different references', () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const references = new Set(Array.from({ length: 1000 }, () => referenceOf(newSubmissionId(now))));

    expect(references.size).toBe(1000);
  });
});
