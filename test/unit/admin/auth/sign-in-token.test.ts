import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type SignInClaims,
  signInLinkExpiry,
  signSignInToken,
  verifySignInToken,
} from '../../../../shared/admin/sign-in-token.ts';
import { TokenSigningError } from '../../../../shared/links/signed-token.ts';
import { type Keyring, type SigningKey, signLink, verifyLink } from '../../../../shared/links/token.ts';

const NOW = new Date('2026-05-01T10:00:00Z');
const keyOf = (id: string): SigningKey => ({ id, secret: randomBytes(32) });
const ringOf = (current: SigningKey, ...previous: SigningKey[]): Keyring => ({ current, previous });
const claims = (overrides: Partial<SignInClaims> = {}): SignInClaims => ({
  email: 'chefin@hannover.example',
  nonce: randomBytes(16).toString('base64url'),
  expiresAt: signInLinkExpiry(NOW),
  ...overrides,
});

describe('sign-in tokens', () => {
  const k1 = keyOf('k1');

  it('carry the address, the nonce and the expiry, 15 minutes after the request', () => {
    const c = claims();
    expect(c.expiresAt - NOW.getTime() / 1000).toBe(900);
    expect(verifySignInToken(signSignInToken(c, k1), ringOf(k1), NOW)).toEqual({ ok: true, claims: c });
  });

  it('are expired from their expiry on, with the claims so a new link can be offered', () => {
    const c = claims();
    const token = signSignInToken(c, k1);
    expect(verifySignInToken(token, ringOf(k1), new Date((c.expiresAt - 1) * 1000)).ok).toBe(true);
    expect(verifySignInToken(token, ringOf(k1), new Date(c.expiresAt * 1000))).toEqual({
      ok: false,
      reason: 'expired',
      claims: c,
    });
  });

  it('verify with a previous key after a rotation, and not once it is dropped', () => {
    const token = signSignInToken(claims(), k1);
    const k2 = keyOf('k2');
    expect(verifySignInToken(token, ringOf(k2, k1), NOW).ok).toBe(true);
    expect(verifySignInToken(token, ringOf(k2), NOW)).toEqual({ ok: false, reason: 'unknownKey' });
  });

  it('refuse a changed payload or signature, and garbage', () => {
    const token = signSignInToken(claims(), k1);
    const [payload = '', mac = ''] = token.split('.');
    const other = signSignInToken(claims({ email: 'boss@hannover.example' }), k1).split('.')[0];
    expect(verifySignInToken(`${other}.${mac}`, ringOf(k1), NOW)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
    expect(verifySignInToken(`${payload}.${mac.slice(1)}A`, ringOf(k1), NOW).ok).toBe(false);
    expect(verifySignInToken('x', ringOf(k1), NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignInToken(undefined, ringOf(k1), NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifySignInToken(`${token}.x`, ringOf(k1), NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('are never approver links and approver links are never sign-in tokens, under the same key', () => {
    const link = signLink(
      { purpose: 'status', consultationId: 'c', submissionId: 's', expiresAt: NOW.getTime() / 1000 + 60 },
      k1,
    );
    expect(verifySignInToken(link, ringOf(k1), NOW)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyLink(signSignInToken(claims(), k1), ringOf(k1), NOW)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
  });

  it('are signed only for valid claims and keys', () => {
    expect(() => signSignInToken(claims({ email: 'not an address' }), k1)).toThrow(TokenSigningError);
    expect(() => signSignInToken(claims({ nonce: 'short' }), k1)).toThrow(TokenSigningError);
    expect(() => signSignInToken(claims(), { id: 'k', secret: randomBytes(8) })).toThrow(TokenSigningError);
  });

  it('need a working clock', () => {
    expect(() => verifySignInToken(signSignInToken(claims(), k1), ringOf(k1), new Date(Number.NaN))).toThrow(
      RangeError,
    );
  });
});
