import { describe, expect, it } from 'vitest';
import { maskAddress } from '../../../../functions/confirmation/mask-address.ts';

describe('maskAddress', () => {
  it('keeps the first character and the domain', () => {
    expect(maskAddress('ayse.yilmaz@example.org')).toBe('a***@example.org');
  });

  it('hides how long the local part is', () => {
    expect(maskAddress('a@example.org')).toBe(maskAddress('ab@example.org'));
  });

  it('keeps a first character outside the basic plane whole', () => {
    expect(maskAddress('😀x@example.org')).toBe('😀***@example.org');
  });

  it('shows nothing of a value that is not an address', () => {
    expect(maskAddress('no-at-sign')).toBe('***');
    expect(maskAddress('@example.org')).toBe('***');
  });
});
