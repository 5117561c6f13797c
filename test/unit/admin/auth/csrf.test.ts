import { describe, expect, it } from 'vitest';
import { csrfTokenMatches, randomToken } from '../../../../shared/admin/csrf.ts';

describe('the CSRF token check', () => {
  const token = randomToken();

  it('accepts exactly the session token', () => {
    expect(csrfTokenMatches(token, token)).toBe(true);
  });

  it('refuses a missing, empty, repeated, shorter, longer or other value', () => {
    expect(csrfTokenMatches(undefined, token)).toBe(false);
    expect(csrfTokenMatches('', token)).toBe(false);
    expect(csrfTokenMatches([token, token], token)).toBe(false);
    expect(csrfTokenMatches(token.slice(1), token)).toBe(false);
    expect(csrfTokenMatches(`${token}x`, token)).toBe(false);
    expect(csrfTokenMatches(randomToken(), token)).toBe(false);
    expect(csrfTokenMatches('', '')).toBe(false);
  });

  it('makes tokens of 32 random bytes, base64url', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
  });
});
