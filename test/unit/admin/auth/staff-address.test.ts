import { describe, expect, it } from 'vitest';
import { allowedMember, parseAllowList } from '../../../../shared/admin/allow-list.ts';
import { signInAddressSchema } from '../../../../shared/admin/sign-in.ts';
import { staffAddress } from '../../../../shared/admin/staff-address.ts';
import { isLocalBaseUrl } from '../../../../shared/admin/staff-config.ts';

describe('a staff address', () => {
  it.each([
    ['chef@hannover.example', 'chef@hannover.example'],
    [' Chef@Hannover.Example ', 'chef@hannover.example'],
    ['chef+1@hannover.example', 'chef@hannover.example'],
    ['Chef+Mitwirken+x@hannover.example', 'chef@hannover.example'],
    // Nothing before the tag: no mailbox to strip it to, kept as written.
    ['+tag@hannover.example', '+tag@hannover.example'],
  ])('of %j is %j', (typed, normal) => {
    expect(staffAddress(typed)).toBe(normal);
  });

  it('is what the sign-in form makes of a typed address', () => {
    expect(signInAddressSchema.parse(' Chef+7@HANNOVER.example')).toBe('chef@hannover.example');
    expect(signInAddressSchema.safeParse('not an address').success).toBe(false);
  });

  it('matches an allow-list entry whatever its tag, for addresses and @domains alike', () => {
    const parsed = parseAllowList(
      'chef@hannover.example admin; @integration.hannover.example viewer integration',
    );
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(allowedMember(parsed.allowList, 'Chef+1@hannover.example')).toEqual({
      email: 'chef@hannover.example',
      role: 'admin',
    });
    expect(allowedMember(parsed.allowList, 'anna+x@integration.hannover.example')).toEqual({
      email: 'anna@integration.hannover.example',
      role: 'viewer',
      department: 'integration',
    });
  });
});

describe('the local platform', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://localhost', true],
    ['http://127.0.0.1:4000/', true],
    ['https://localhost:3000', false],
    ['http://localhost.evil.example', false],
    ['https://mitwirken.hannover.example', false],
    [undefined, false],
  ])('is %j: %s', (url, local) => {
    expect(isLocalBaseUrl(url)).toBe(local);
  });
});
