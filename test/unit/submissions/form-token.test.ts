import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Keyring } from '../../../shared/links/index.ts';
import {
  issueFormToken,
  submissionIdOfToken,
  verifyFormToken,
} from '../../../shared/submissions/form-token.ts';
import { newSubmissionId } from '../../../shared/submissions/ids.ts';

const keyring: Keyring = { current: { id: 'p1', secret: Buffer.alloc(32, 1) }, previous: [] };
const binding = { consultationId: 'strategiepapier', version: 'aaaaaaaaaaaa' };
const NOW = new Date('2026-05-12T10:00:00Z');
const HOUR = 3_600_000;

describe('form tokens (server-signed submission ids)', () => {
  it('verifies a token it issued and yields the ULID inside it', () => {
    const token = issueFormToken(keyring, binding, NOW);

    const verified = verifyFormToken(keyring, token, binding, new Date(NOW.getTime() + HOUR));

    expect(verified).toEqual({ ok: true, submissionId: submissionIdOfToken(token), issuedAt: NOW });
    expect(submissionIdOfToken(token)).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
  });

  it('refuses an invented ULID, another consultation and another version', () => {
    const token = issueFormToken(keyring, binding, NOW);

    expect(verifyFormToken(keyring, newSubmissionId(NOW), binding, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyFormToken(keyring, token, { ...binding, consultationId: 'other' }, NOW)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
    expect(verifyFormToken(keyring, token, { ...binding, version: 'bbbbbbbbbbbb' }, NOW)).toEqual({
      ok: false,
      reason: 'badSignature',
    });
  });

  it('refuses a token older than the maximum age (a day by default) or from the future', () => {
    const token = issueFormToken(keyring, binding, NOW);

    expect(verifyFormToken(keyring, token, binding, new Date(NOW.getTime() + 24 * HOUR - 1)).ok).toBe(true);
    expect(verifyFormToken(keyring, token, binding, new Date(NOW.getTime() + 24 * HOUR + 1))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyFormToken(keyring, token, binding, new Date(NOW.getTime() + 2 * HOUR), 3600)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(verifyFormToken(keyring, token, binding, new Date(NOW.getTime() - HOUR)).ok).toBe(false);
  });

  it('refuses a token re-dated by swapping in the ULID of another moment', () => {
    const token = issueFormToken(keyring, binding, new Date(NOW.getTime() - 30 * HOUR));
    const [, mac] = token.split('.');

    expect(verifyFormToken(keyring, `${newSubmissionId(NOW)}.${mac}`, binding, NOW).ok).toBe(false);
  });

  it('keeps verifying tokens of a previous key after a rotation, and not of an unknown key', () => {
    const token = issueFormToken(keyring, binding, NOW);
    const rotated: Keyring = {
      current: { id: 'p2', secret: Buffer.alloc(32, 2) },
      previous: [keyring.current],
    };
    const stranger: Keyring = { current: { id: 'p1', secret: Buffer.alloc(32, 9) }, previous: [] };

    expect(verifyFormToken(rotated, token, binding, NOW).ok).toBe(true);
    expect(verifyFormToken(stranger, token, binding, NOW).ok).toBe(false);
  });

  it('never accepts a token with any one character altered', () => {
    const token = issueFormToken(keyring, binding, NOW);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghijklmnopqrstuvwxyz-_.';
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...alphabet), (index, replacement) => {
        fc.pre(token[index] !== replacement);
        const altered = token.slice(0, index) + replacement + token.slice(index + 1);
        expect(verifyFormToken(keyring, altered, binding, NOW).ok).toBe(false);
      }),
    );
  });

  it('never accepts a token with one bit of its MAC flipped', () => {
    const token = issueFormToken(keyring, binding, NOW);
    const [id, mac = ''] = token.split('.');
    const bytes = Buffer.from(mac, 'base64url');
    fc.assert(
      fc.property(fc.nat(bytes.length * 8 - 1), (bit) => {
        const flipped = Buffer.from(bytes);
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        expect(verifyFormToken(keyring, `${id}.${flipped.toString('base64url')}`, binding, NOW).ok).toBe(
          false,
        );
      }),
    );
  });

  it('never throws and never accepts arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything(), fc.stringMatching(/^[0-7][0-9A-Z]{25}\.[A-Za-z0-9_-]{43}$/)),
        fc.string(),
        fc.string(),
        (token, consultationId, version) => {
          expect(verifyFormToken(keyring, token, { consultationId, version }, NOW).ok).toBe(false);
        },
      ),
    );
  });
});
