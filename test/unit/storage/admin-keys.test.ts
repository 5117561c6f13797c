import { describe, expect, it } from 'vitest';
import { entryFieldsOf } from '../../../shared/storage/admin-items.ts';
import {
  changeKey,
  parseSignInMailKey,
  sessionKey,
  signInMailKey,
  staffKey,
} from '../../../shared/storage/keys.ts';

describe('keys of the admin items', () => {
  it('keys staff and sign-in mails by the lowercase address', () => {
    expect(staffKey(' Anna.Schmidt@Hannover.example ')).toEqual({
      pk: 'STAFF',
      sk: 'STAFF#anna.schmidt@hannover.example',
    });
    expect(signInMailKey('Anna@Hannover.example', '2026-06-15T10:00')).toEqual({
      pk: 'SIGNIN#anna@hannover.example',
      sk: 'MAIL#2026-06-15T10:00',
    });
  });

  it('recognises a sign-in mail key and nothing else', () => {
    const key = signInMailKey('anna@hannover.example', '2026-06-15T10:00');

    expect(parseSignInMailKey(key)).toEqual({ email: 'anna@hannover.example', window: '2026-06-15T10:00' });
    expect(parseSignInMailKey({ pk: 'SIGNIN#NONCE#bm9uY2U', sk: 'SPENT' })).toBeUndefined();
    expect(parseSignInMailKey(sessionKey('abc'))).toBeUndefined();
    expect(parseSignInMailKey({ pk: 'SIGNIN#Anna@Hannover.example', sk: 'MAIL#w' })).toBeUndefined();
    expect(parseSignInMailKey({ pk: 'SIGNIN#anna@hannover.example', sk: 'MAIL#' })).toBeUndefined();
    expect(parseSignInMailKey({ pk: 'CONS#x#SUB#1', sk: 'MAIL#w' })).toBeUndefined();
  });

  it('sorts change records by time within their log', () => {
    const staff = { kind: 'staff' } as const;
    const early = changeKey(staff, '2026-06-15T10:00:00.000Z', '01JXAAAAAAAAAAAAAAAAAAAAAA');
    const late = changeKey(staff, '2026-06-15T10:00:00.001Z', '01JX0000000000000000000000');

    expect(early.pk).toBe('AUDIT#STAFF');
    expect(changeKey({ kind: 'consultation', consultationId: 'c' }, 'x', 'y').pk).toBe('AUDIT#CONS#c');
    expect(early.sk < late.sk).toBe(true);
  });
});

describe('what the admin list takes from a draft', () => {
  it('keeps the parts that have the right shape and drops the rest', () => {
    const fields = entryFieldsOf({
      slug: 'neu',
      title: { de: 'Titel', xx: 'unknown language', en: 42 },
      defaultLanguage: 'klingon',
      languages: ['en', 'klingon', 'de'],
      opens: '2026-01-01T00:00:00+01:00',
      closes: 7,
    });

    expect(fields).toEqual({
      slug: 'neu',
      title: { de: 'Titel' },
      defaultLanguage: undefined,
      languages: ['en', 'de'],
      opens: '2026-01-01T00:00:00+01:00',
      closes: undefined,
    });
  });

  it('copes with an empty draft', () => {
    expect(entryFieldsOf({})).toEqual({
      slug: '',
      title: {},
      defaultLanguage: undefined,
      languages: [],
      opens: undefined,
      closes: undefined,
    });
  });
});
