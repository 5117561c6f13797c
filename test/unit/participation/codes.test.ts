import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  codeHash,
  codeHashCandidates,
  generateCodes,
  MAX_CODES_PER_BATCH,
  normalizeCode,
} from '../../../shared/participation/codes.ts';

const key = (id: string, byte: number) => ({ id, secret: Buffer.alloc(32, byte) });

describe('participation codes', () => {
  it('generates distinct codes of three groups of four unambiguous symbols (60 bits)', () => {
    const codes = generateCodes(2000);
    expect(new Set(codes).size).toBe(2000);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    // Every symbol turns up: the 5-bit draws cover the whole alphabet.
    expect(new Set(codes.join('').replaceAll('-', ''))).toEqual(new Set(CODE_ALPHABET));
  });

  it('refuses to generate fewer than one or more than a batch allows', () => {
    expect(() => generateCodes(0)).toThrow(RangeError);
    expect(() => generateCodes(MAX_CODES_PER_BATCH + 1)).toThrow(RangeError);
  });

  it('reads a typed code whatever its case, spaces and dashes, with O as 0 and I, L as 1', () => {
    expect(normalizeCode('K7QD-93MF-X2PA')).toBe('K7QD93MFX2PA');
    expect(normalizeCode(' k7qd 93mf x2pa ')).toBe('K7QD93MFX2PA');
    expect(normalizeCode('k7qd93mfx2pa')).toBe('K7QD93MFX2PA');
    expect(normalizeCode('K7QD–93MF—X2PA')).toBe('K7QD93MFX2PA');
    expect(normalizeCode('O1QD-93MF-X2PL')).toBe('01QD93MFX2P1');
    expect(normalizeCode('K7QD-93MF')).toBeUndefined();
    expect(normalizeCode('K7QD-93MF-X2PU')).toBeUndefined();
    expect(normalizeCode('K7QD-93MF-X2PA-')).toBe('K7QD93MFX2PA');
    expect(normalizeCode('K7QD-93MF-X2PAA')).toBeUndefined();
    expect(normalizeCode('x'.repeat(1000))).toBeUndefined();
  });

  it('hashes per consultation and key, so no stored hash reveals or matches across them', () => {
    const a = codeHash(key('k1', 1), 'vote', 'K7QD93MFX2PA');
    expect(a).toMatch(/^k1\.[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('K7QD');
    expect(codeHash(key('k1', 1), 'other', 'K7QD93MFX2PA')).not.toBe(a);
    expect(codeHash(key('k1', 2), 'vote', 'K7QD93MFX2PA')).not.toBe(a);
    const ring = { current: key('k2', 2), previous: [key('k1', 1)] };
    expect(codeHashCandidates(ring, 'vote', 'K7QD93MFX2PA')).toEqual([
      codeHash(key('k2', 2), 'vote', 'K7QD93MFX2PA'),
      a,
    ]);
  });
});
