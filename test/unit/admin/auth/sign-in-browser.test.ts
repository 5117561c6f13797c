import { describe, expect, it } from 'vitest';
import {
  clearSignInBrowserCookie,
  presentedSignInBrowser,
  signInBrowserCookie,
  signInBrowserHash,
  signInBrowserMatches,
  signInBrowserValue,
} from '../../../../shared/admin/sign-in-browser.ts';

const deployed = { local: false };

describe('the sign-in browser binding', () => {
  it('is a fresh random value, or the one the browser already holds (asking twice keeps matching)', () => {
    const fresh = signInBrowserValue(undefined, deployed);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signInBrowserValue(undefined, deployed)).not.toBe(fresh);
    expect(signInBrowserValue([`__Host-mw_signin=${fresh}`], deployed)).toBe(fresh);
    // A value of another shape is not taken over.
    expect(signInBrowserValue(['__Host-mw_signin=short'], deployed)).not.toBe('short');
    expect(presentedSignInBrowser([`mw_signin=${fresh}`], deployed)).toBeUndefined();
  });

  it('matches only the value whose hash was stored', () => {
    const value = signInBrowserValue(undefined, deployed);
    const other = signInBrowserValue(undefined, deployed);
    const stored = signInBrowserHash(value);
    expect(stored).not.toContain(value);
    expect(signInBrowserMatches([`__Host-mw_signin=${value}`], deployed, stored)).toBe(true);
    expect(signInBrowserMatches([`__Host-mw_signin=${other}`], deployed, stored)).toBe(false);
    // The hash itself is no key: a reader of the table cannot present it.
    expect(signInBrowserMatches([`__Host-mw_signin=${stored}`], deployed, stored)).toBe(false);
    expect(signInBrowserMatches(undefined, deployed, stored)).toBe(false);
    expect(signInBrowserMatches([`__Host-mw_signin=${value}`], deployed, undefined)).toBe(false);
  });

  it('is a __Host- cookie for as long as a link lives, and is cleared on the same path', () => {
    expect(signInBrowserCookie(deployed, 'v', false)).toBe(
      '__Host-mw_signin=v; HttpOnly; SameSite=Lax; Path=/; Max-Age=900; Secure',
    );
    expect(clearSignInBrowserCookie(deployed, true)).toBe(
      '__Host-mw_signin=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0; Secure',
    );
  });
});
