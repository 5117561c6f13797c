import { describe, expect, it } from 'vitest';
import {
  clearFirstViewCookie,
  FIRST_VIEW_SECONDS,
  hasFirstViewCookie,
  setFirstViewCookie,
} from '../../../../functions/http/first-view-cookie.ts';
import type { Keyring } from '../../../../shared/links/index.ts';
import { httpEvent } from '../../../support/events.ts';

const keyring: Keyring = { current: { id: 'k1', secret: Buffer.alloc(32, 5) }, previous: [] };
const of = { consultationId: 'strategie', submissionId: '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K' };
const NOW = new Date('2026-05-12T10:00:00Z');
const path = '/c/strategie/s/01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K';

const withCookie = (setCookie: string) => ({ ...httpEvent(), cookies: [setCookie.split(';')[0] ?? ''] });

describe('the first-view cookie of the confirmation page', () => {
  it('is HttpOnly, SameSite=Strict, scoped to the confirmation path, short-lived, and Secure over https only', () => {
    const secure = setFirstViewCookie(keyring, of, { path, now: NOW, secure: true });
    const local = setFirstViewCookie(keyring, of, { path, now: NOW, secure: false });

    expect(secure).toMatch(
      /; HttpOnly; SameSite=Strict; Path=\/c\/strategie\/s\/01JTZ8Y6ZK3Q9D2F7K3Q9D2F7K; Max-Age=600; Secure$/,
    );
    expect(local).not.toContain('Secure');
    expect(clearFirstViewCookie({ path, secure: true })).toMatch(/^mw_first_view=; .*Max-Age=0; Secure$/);
  });

  it('is valid for its own submission until it expires, and for no other', () => {
    const cookie = withCookie(setFirstViewCookie(keyring, of, { path, now: NOW, secure: true }));
    const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

    expect(hasFirstViewCookie(cookie, keyring, of, later(FIRST_VIEW_SECONDS - 1))).toBe(true);
    expect(hasFirstViewCookie(cookie, keyring, of, later(FIRST_VIEW_SECONDS))).toBe(false);
    expect(
      hasFirstViewCookie(cookie, keyring, { ...of, submissionId: '01JTZ8Y6ZK3Q9D2F7K3Q9D2F7M' }, NOW),
    ).toBe(false);
    expect(hasFirstViewCookie(cookie, keyring, { ...of, consultationId: 'andere' }, NOW)).toBe(false);
    const stranger: Keyring = { current: { id: 'k1', secret: Buffer.alloc(32, 6) }, previous: [] };
    expect(hasFirstViewCookie(cookie, stranger, of, NOW)).toBe(false);
  });

  it('refuses a cookie whose expiry was pushed out, and malformed values, without throwing', () => {
    const [value = ''] = setFirstViewCookie(keyring, of, { path, now: NOW, secure: true }).split(';');
    const [name, content = ''] = value.split('=');
    const [, mac] = content.split('.');
    const pushed = { ...httpEvent(), cookies: [`${name}=${Math.floor(NOW.getTime() / 1000) + 500}.${mac}`] };

    expect(hasFirstViewCookie(pushed, keyring, of, NOW)).toBe(false);
    for (const cookies of [[], ['mw_first_view='], ['mw_first_view=abc'], ['other=1; mw_first_view=1.2']]) {
      expect(hasFirstViewCookie({ ...httpEvent(), cookies }, keyring, of, NOW)).toBe(false);
    }
  });
});
