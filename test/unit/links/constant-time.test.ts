import { randomBytes, timingSafeEqual } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signaturesEqual, signLink, verifyLink } from '../../../shared/links/token.ts';

// Wraps the real comparison so the test can see that verification goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const key = { id: 'k1', secret: randomBytes(32) };
const keyring = { current: key, previous: [] };
const now = new Date('2025-03-10T09:00:00Z');
const token = signLink(
  {
    purpose: 'status',
    consultationId: 'wir-sind-hannover',
    submissionId: '01JNZ3Q8K4M2V6X9B7C5D1E0FA',
    expiresAt: 1_900_000_000,
  },
  key,
);

describe('signature comparison', () => {
  beforeEach(() => {
    vi.mocked(timingSafeEqual).mockClear();
  });

  it('compares a valid signature in constant time', () => {
    expect(verifyLink(token, keyring, now).ok).toBe(true);

    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [given, expected] = vi.mocked(timingSafeEqual).mock.calls[0] ?? [];
    expect(Buffer.from(given as Buffer).toString()).toBe(token.split('.')[1]);
    expect((given as Buffer).length).toBe((expected as Buffer).length);
  });

  it('compares a forged signature of the right length in constant time too', () => {
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;

    expect(verifyLink(forged, keyring, now)).toEqual({ ok: false, reason: 'badSignature' });
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
  });

  it('treats buffers of different length as unequal without throwing', () => {
    expect(signaturesEqual(Buffer.from('abc'), Buffer.from('abcd'))).toBe(false);
    expect(signaturesEqual(Buffer.alloc(0), Buffer.from('a'))).toBe(false);
    expect(timingSafeEqual).not.toHaveBeenCalled();
  });

  it('tells equal from unequal signatures of the same length', () => {
    expect(signaturesEqual(Buffer.from('abcd'), Buffer.from('abcd'))).toBe(true);
    expect(signaturesEqual(Buffer.from('abcd'), Buffer.from('abce'))).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
  });
});
