import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomToken } from '../../../../shared/admin/csrf.ts';
import {
  clearSessionCookie,
  serializeSessionCookie,
  sessionCookieValues,
  signSessionCookie,
  verifySessionCookie,
} from '../../../../shared/admin/session-cookie.ts';
import { signInLinkExpiry, signSignInToken } from '../../../../shared/admin/sign-in-token.ts';
import { type Keyring, type SigningKey, signLink } from '../../../../shared/links/token.ts';

const keyOf = (id: string): SigningKey => ({ id, secret: randomBytes(32) });
const ringOf = (current: SigningKey, ...previous: SigningKey[]): Keyring => ({ current, previous });

describe('the session cookie value', () => {
  const k1 = keyOf('k1');
  const id = randomToken();

  it('verifies to its session id with the key that signed it', () => {
    expect(verifySessionCookie(signSessionCookie(id, ringOf(k1)), ringOf(k1))).toBe(id);
  });

  it('keeps verifying after a rotation while the old key is in previous', () => {
    // Prepare
    const value = signSessionCookie(id, ringOf(k1));
    const k2 = keyOf('k2');
    // Assess
    expect(verifySessionCookie(value, ringOf(k2, k1))).toBe(id);
    expect(verifySessionCookie(value, ringOf(k2))).toBeUndefined();
    expect(verifySessionCookie(signSessionCookie(id, ringOf(k2, k1)), ringOf(k2))).toBe(id);
  });

  it('refuses a cookie whose id or MAC was changed', () => {
    const value = signSessionCookie(id, ringOf(k1));
    const [sessionId = '', mac = ''] = value.split('.');
    const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
    expect(verifySessionCookie(`${flip(sessionId)}.${mac}`, ringOf(k1))).toBeUndefined();
    expect(verifySessionCookie(`${sessionId}.${flip(mac)}`, ringOf(k1))).toBeUndefined();
    expect(verifySessionCookie(`${randomToken()}.${mac}`, ringOf(k1))).toBeUndefined();
    expect(verifySessionCookie(sessionId, ringOf(k1))).toBeUndefined();
    expect(verifySessionCookie(`${value}x`, ringOf(k1))).toBeUndefined();
    expect(verifySessionCookie(undefined, ringOf(k1))).toBeUndefined();
  });

  it('is never made of a link or sign-in token signed with the same key', () => {
    const ring = ringOf(k1);
    const link = signLink(
      { purpose: 'status', consultationId: 'c', submissionId: id, expiresAt: 2_000_000_000 },
      k1,
    );
    const signIn = signSignInToken(
      {
        email: 'a@example.org',
        nonce: randomBytes(16).toString('base64url'),
        expiresAt: signInLinkExpiry(new Date()),
      },
      k1,
    );
    expect(verifySessionCookie(link, ring)).toBeUndefined();
    expect(verifySessionCookie(signIn, ring)).toBeUndefined();
  });

  it('signs only session ids (32 random bytes)', () => {
    expect(() => signSessionCookie('short', ringOf(k1))).toThrow(RangeError);
  });
});

describe('the session cookie header', () => {
  const deployed = { local: false };
  const local = { local: true };

  it('is __Host- prefixed, HttpOnly, SameSite=Lax, Path=/ for 12 hours and Secure when deployed, even over http', () => {
    for (const https of [true, false]) {
      expect(serializeSessionCookie('v', deployed, https)).toBe(
        '__Host-mw_session=v; HttpOnly; SameSite=Lax; Path=/; Max-Age=43200; Secure',
      );
    }
  });

  it('is plain and Secure only over https on the local platform (plain http refuses __Host-)', () => {
    expect(serializeSessionCookie('v', local, false)).toBe(
      'mw_session=v; HttpOnly; SameSite=Lax; Path=/; Max-Age=43200',
    );
    expect(serializeSessionCookie('v', local, true)).toBe(
      'mw_session=v; HttpOnly; SameSite=Lax; Path=/; Max-Age=43200; Secure',
    );
  });

  it('is cleared with Max-Age=0 on the same path', () => {
    expect(clearSessionCookie(deployed, false)).toBe(
      '__Host-mw_session=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0; Secure',
    );
  });

  it('is found among the request cookies, only under its exact name (a plain one is ignored when deployed)', () => {
    const cookies = ['other=1', '__Host-mw_session=a.b', 'mw_session=c.d', 'x=y; __Host-mw_session=e.f'];
    expect(sessionCookieValues(cookies)).toEqual(['a.b', 'e.f']);
    expect(sessionCookieValues(cookies, deployed)).toEqual(['a.b', 'e.f']);
    expect(sessionCookieValues(cookies, local)).toEqual(['c.d']);
    expect(sessionCookieValues(undefined)).toEqual([]);
  });
});
