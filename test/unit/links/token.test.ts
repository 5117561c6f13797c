import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Keyring,
  type LinkClaims,
  LinkSigningError,
  linkExpiry,
  MAX_TOKEN_LENGTH,
  type SigningKey,
  signLink,
  verifyLink,
} from '../../../shared/links/token.ts';

const NOW = new Date('2025-03-10T09:00:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const keyOf = (id: string): SigningKey => ({ id, secret: randomBytes(32) });
const ringOf = (current: SigningKey, ...previous: SigningKey[]): Keyring => ({ current, previous });

const decideClaims = (overrides: Partial<LinkClaims> = {}): LinkClaims => ({
  purpose: 'decide',
  consultationId: 'wir-sind-hannover',
  submissionId: '01JNZ3Q8K4M2V6X9B7C5D1E0FA',
  stageId: 'steuerungsgruppe',
  approver: 'lenkung@hannover.example',
  round: 1,
  expiresAt: NOW_SECONDS + 3600,
  ...overrides,
});

/** A token whose payload is exactly this text, correctly signed: reaches the claim parsing. */
function signRawPayload(payload: string, key: SigningKey): string {
  const payloadPart = Buffer.from(payload, 'utf8').toString('base64url');
  const mac = createHmac('sha256', key.secret).update(`mitwirken-link-v1.${payloadPart}`).digest('base64url');
  return `${payloadPart}.${mac}`;
}

function kidOf(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')).kid;
  } catch {
    return undefined;
  }
}

const id = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);
const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{2,12}$/))
  .map(([local, domain]) => `${local}@${domain}.example`);
const expiresAt = fc.integer({ min: NOW_SECONDS + 1, max: NOW_SECONDS + 400 * 86_400 });
const claimsArbitrary: fc.Arbitrary<LinkClaims> = fc.oneof(
  fc.record(
    {
      purpose: fc.constant('decide' as const),
      consultationId: id,
      submissionId: id,
      stageId: id,
      approver: email,
      round: fc.integer({ min: 0, max: 20 }),
      expiresAt,
    },
    { requiredKeys: ['purpose', 'consultationId', 'submissionId', 'stageId', 'approver', 'expiresAt'] },
  ),
  fc.record({ purpose: fc.constant('status' as const), consultationId: id, submissionId: id, expiresAt }),
);

describe('signLink and verifyLink', () => {
  it('returns the signed claims for a token it signed', () => {
    // Prepare
    const key = keyOf('k1');

    // Act
    const result = verifyLink(signLink(decideClaims(), key), ringOf(key), NOW);

    // Assess
    expect(result).toEqual({ ok: true, claims: decideClaims() });
  });

  it('round-trips any valid claims in a URL-safe token', () => {
    const key = keyOf('k1');
    fc.assert(
      fc.property(claimsArbitrary, (claims) => {
        const token = signLink(claims, key);

        expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
        expect(verifyLink(token, ringOf(key), NOW)).toEqual({ ok: true, claims });
      }),
    );
  });

  it('signs the approver lowercased so one person is one approver', () => {
    const key = keyOf('k1');

    const result = verifyLink(
      signLink(decideClaims({ approver: 'Lenkung@Hannover.Example' }), key),
      ringOf(key),
      NOW,
    );

    expect(result).toMatchObject({ ok: true, claims: { approver: 'lenkung@hannover.example' } });
  });

  it('refuses to sign claims that could never be a valid link', () => {
    const key = keyOf('k1');

    expect(() => signLink(decideClaims({ approver: undefined }), key)).toThrow(LinkSigningError);
    expect(() => signLink(decideClaims({ stageId: undefined }), key)).toThrow(/stageId/);
    expect(() => signLink({ ...decideClaims(), purpose: 'status' }, key)).toThrow(LinkSigningError);
    expect(() => signLink(decideClaims({ expiresAt: 1.5 }), key)).toThrow(LinkSigningError);
    expect(() => signLink(decideClaims({ consultationId: 'x'.repeat(2000) }), key)).toThrow(LinkSigningError);
    expect(() => signLink(decideClaims({ stageId: 'lenkung\u00e4' }), key)).toThrow(LinkSigningError);
    expect(() => signLink(decideClaims(), { id: 'k1', secret: randomBytes(16) })).toThrow(/32 bytes/);
  });

  it('rejects any single changed character of payload or signature', () => {
    const key = keyOf('k1');
    fc.assert(
      fc.property(claimsArbitrary, fc.nat(), fc.nat(BASE64URL.length - 1), (claims, at, pick) => {
        // Prepare: replace one character (not the dot) by a different base64url character
        const token = signLink(claims, key);
        const dot = token.indexOf('.');
        const position = (dot + 1 + (at % (token.length - 1))) % token.length;
        const original = token.charAt(position);
        const replacement =
          BASE64URL.charAt(pick) === original ? BASE64URL.charAt(pick + 1) || 'A' : BASE64URL.charAt(pick);
        const tampered = token.slice(0, position) + replacement + token.slice(position + 1);

        // Act
        const result = verifyLink(tampered, ringOf(key), NOW);

        // Assess: a change that turns the key id into another name finds no key; all else fails the MAC
        const kid = kidOf(tampered);
        const expected = typeof kid === 'string' && kid !== 'k1' ? 'unknownKey' : 'badSignature';
        expect(result).toEqual({ ok: false, reason: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a token signed with another key of the same id', () => {
    const result = verifyLink(signLink(decideClaims(), keyOf('k1')), ringOf(keyOf('k1')), NOW);

    expect(result).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('rejects a token whose key id is not in the keyring', () => {
    const result = verifyLink(signLink(decideClaims(), keyOf('k0')), ringOf(keyOf('k1'), keyOf('k2')), NOW);

    expect(result).toEqual({ ok: false, reason: 'unknownKey' });
  });

  it('still verifies tokens signed with a previous key after rotation', () => {
    // Prepare
    const oldKey = keyOf('k1');
    const newKey = keyOf('k2');
    const tokenBefore = signLink(decideClaims(), oldKey);

    // Act
    const rotated = ringOf(newKey, oldKey);

    // Assess
    expect(verifyLink(tokenBefore, rotated, NOW)).toEqual({ ok: true, claims: decideClaims() });
    expect(verifyLink(signLink(decideClaims(), newKey), rotated, NOW).ok).toBe(true);
    expect(verifyLink(tokenBefore, ringOf(newKey), NOW)).toEqual({ ok: false, reason: 'unknownKey' });
  });

  it('reports an expired link with its claims so a fresh one can be offered', () => {
    const key = keyOf('k1');
    const claims = decideClaims({ expiresAt: NOW_SECONDS - 1 });

    expect(verifyLink(signLink(claims, key), ringOf(key), NOW)).toEqual({
      ok: false,
      reason: 'expired',
      claims,
    });
  });

  it('is valid until the last millisecond before expiresAt and expired exactly at it', () => {
    const key = keyOf('k1');
    const token = signLink(decideClaims({ expiresAt: NOW_SECONDS }), key);

    expect(verifyLink(token, ringOf(key), new Date(NOW.getTime() - 1)).ok).toBe(true);
    expect(verifyLink(token, ringOf(key), NOW)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('checks the signature before expiry: a forged expired link is a bad signature', () => {
    const key = keyOf('k1');
    const forged = signLink(decideClaims({ expiresAt: NOW_SECONDS - 10 }), keyOf('k1'));

    expect(verifyLink(forged, ringOf(key), NOW)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('rejects a signature of the wrong length as a bad signature', () => {
    const key = keyOf('k1');
    const token = signLink(decideClaims(), key);

    expect(verifyLink(token.slice(0, -1), ringOf(key), NOW)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyLink(`${token}A`, ringOf(key), NOW)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('rejects tokens that are not shaped like a token as malformed', () => {
    const key = keyOf('k1');
    const token = signLink(decideClaims(), key);
    const [payload, signature] = token.split('.');

    for (const input of [
      '',
      'no-dot-at-all',
      `${token}.extra`,
      `.${signature}`,
      `${payload}.`,
      `${payload}+/.${signature}`,
      `${payload}=.${signature}`,
      ` ${token}`,
      `${token}\n`,
      `${payload}.${'A'.repeat(MAX_TOKEN_LENGTH)}`,
      undefined,
      null,
      42,
      { token },
      [token],
    ]) {
      expect(verifyLink(input, ringOf(key), NOW)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('rejects correctly signed payloads that are not valid claims as malformed', () => {
    const key = keyOf('k1');

    for (const payload of [
      'not json',
      '[]',
      'null',
      '"k1"',
      JSON.stringify({ kid: 'k1' }),
      JSON.stringify({ kid: 'k1', ...decideClaims(), expiresAt: 'tomorrow' }),
      JSON.stringify({ kid: 'k1', ...decideClaims(), purpose: 'admin' }),
      JSON.stringify({ kid: 'k1', ...decideClaims(), approver: undefined }),
      JSON.stringify({ kid: 'k1', ...decideClaims(), purpose: 'status' }),
    ]) {
      expect(verifyLink(signRawPayload(payload, key), ringOf(key), NOW)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    }
  });

  it('ignores fields it does not know in a signed payload', () => {
    const key = keyOf('k1');
    const token = signRawPayload(JSON.stringify({ kid: 'k1', ...decideClaims(), extra: true }), key);

    expect(verifyLink(token, ringOf(key), NOW)).toEqual({ ok: true, claims: decideClaims() });
  });

  it('never throws and never accepts arbitrary input', () => {
    const key = keyOf('k1');
    const tokenish = fc
      .array(fc.constantFrom(...`${BASE64URL}.=+/ %`), { maxLength: 200 })
      .map((chars) => chars.join(''));
    const jsonToken = fc
      .tuple(fc.jsonValue(), fc.string())
      .map(
        ([json, signature]) =>
          `${Buffer.from(JSON.stringify(json) ?? '').toString('base64url')}.${signature}`,
      );

    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tokenish, jsonToken, fc.anything()),
        (input) => {
          const result = verifyLink(input, ringOf(key), NOW);

          expect(result.ok).toBe(false);
          expect(['malformed', 'badSignature', 'unknownKey']).toContain(!result.ok && result.reason);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects an oversized token before decoding it', () => {
    const key = keyOf('k1');
    const huge = `${'A'.repeat(10 * 1024 * 1024)}.${'A'.repeat(43)}`;

    expect(verifyLink(huge, ringOf(key), NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('throws on an invalid clock instead of accepting every link', () => {
    const key = keyOf('k1');

    expect(() => verifyLink(signLink(decideClaims(), key), ringOf(key), new Date(Number.NaN))).toThrow(
      RangeError,
    );
  });
});

describe('linkExpiry', () => {
  it('is the given number of days after now, in epoch seconds', () => {
    expect(linkExpiry(NOW, 14)).toBe(NOW_SECONDS + 14 * 86_400);
    expect(linkExpiry(new Date(NOW.getTime() + 999), 1)).toBe(NOW_SECONDS + 86_400);
  });

  it('rejects a non-positive or non-finite number of days', () => {
    expect(() => linkExpiry(NOW, 0)).toThrow(RangeError);
    expect(() => linkExpiry(NOW, -1)).toThrow(RangeError);
    expect(() => linkExpiry(NOW, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => linkExpiry(new Date('soon'), 1)).toThrow(RangeError);
  });
});
