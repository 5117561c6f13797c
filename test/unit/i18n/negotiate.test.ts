import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../shared/i18n/locales.ts';
import { negotiateLocale } from '../../../shared/i18n/negotiate.ts';

const all = LOCALES;

describe('negotiateLocale', () => {
  it.each<[string, { query?: string; acceptLanguage?: string; available?: readonly Locale[] }, Locale]>([
    ['uses ?lang= when the page has it', { query: 'tr', acceptLanguage: 'ar' }, 'tr'],
    ['accepts ?lang= in any letter case', { query: 'EN' }, 'en'],
    ['chooses Leichte Sprache by an exact ?lang=', { query: 'de-x-ls', acceptLanguage: 'en' }, 'de-x-ls'],
    [
      'ignores ?lang= for a language the page lacks',
      { query: 'fa', acceptLanguage: 'ru', available: ['de', 'ru'] },
      'ru',
    ],
    ['ignores an unknown ?lang=', { query: 'xx', acceptLanguage: 'uk' }, 'uk'],
    ['takes the highest q-value', { acceptLanguage: 'en;q=0.5, ar;q=0.9, tr;q=0.7' }, 'ar'],
    ['keeps header order for equal q-values', { acceptLanguage: 'ru, uk' }, 'ru'],
    ['matches a region tag by its primary subtag', { acceptLanguage: 'ar-EG,ar;q=0.9' }, 'ar'],
    [
      'matches de-DE to German, not to Leichte Sprache',
      { acceptLanguage: 'de-DE', available: ['de-x-ls', 'de'] },
      'de',
    ],
    [
      'never guesses Leichte Sprache from a header',
      { acceptLanguage: 'de-x-ls, de-DE, en;q=0.5', available: ['de-x-ls', 'en'] },
      'en',
    ],
    [
      'prefers a region match of a better language over an exact match of a worse one',
      { acceptLanguage: 'en-US, de;q=0.9' },
      'en',
    ],
    ['skips languages with q=0', { acceptLanguage: 'tr;q=0, fa;q=0.1' }, 'fa'],
    ['skips languages the page lacks', { acceptLanguage: 'fr-FR, fa', available: ['de', 'fa'] }, 'fa'],
    ['falls back when nothing matches', { acceptLanguage: 'fr, es;q=0.8' }, 'de'],
    ['falls back without any header', {}, 'de'],
    ['falls back on a wildcard', { acceptLanguage: '*' }, 'de'],
  ])('%s', (_name, request, expected) => {
    expect(negotiateLocale({ available: all, fallback: 'de', ...request })).toBe(expected);
  });

  it.each([
    ';;;,,,',
    'q=1',
    'en;q=abc, tr',
    'en;q=2, tr',
    '<script>alert(1)</script>',
    'ar\u0000, ru',
    `${'a'.repeat(5000)}`,
    Array.from({ length: 1000 }, () => 'xx').join(','),
    '\uD800',
  ])('never throws on the garbage header %j', (header) => {
    expect(() => negotiateLocale({ acceptLanguage: header, available: all, fallback: 'uk' })).not.toThrow();
  });

  it('drops only the malformed entries of a header', () => {
    // Prepare
    const header = 'en;q=abc, tr;q=0.8, <b>, ar;q=0.3';
    // Act
    const locale = negotiateLocale({ acceptLanguage: header, available: all, fallback: 'de' });
    // Assess
    expect(locale).toBe('tr');
  });
});
