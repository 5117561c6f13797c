import { describe, expect, it } from 'vitest';
import { allowedMember, parseAllowList } from '../../../../shared/admin/allow-list.ts';
import { loadStaffConfig } from '../../../../shared/admin/staff-config.ts';
import { ConfigError } from '../../../../shared/config.ts';

function parsed(text: string) {
  const result = parseAllowList(text);
  if (!result.ok) throw new Error(result.problem);
  return result.allowList;
}

describe('the staff allow-list', () => {
  it('reads addresses and domains separated by semicolons and line breaks', () => {
    // Prepare
    const list = parsed(
      'Admin@Example.org admin; @integration.hannover.example editor integration\n  leser@hannover.example viewer kultur ;',
    );
    // Assess
    expect(list).toEqual([
      { match: { kind: 'address', email: 'admin@example.org' }, role: 'admin' },
      {
        match: { kind: 'domain', domain: 'integration.hannover.example' },
        role: 'editor',
        department: 'integration',
      },
      { match: { kind: 'address', email: 'leser@hannover.example' }, role: 'viewer', department: 'kultur' },
    ]);
  });

  it('is empty when unset or blank, so only stored staff can sign in', () => {
    expect(parsed('')).toEqual([]);
    expect(parseAllowList(undefined)).toEqual({ ok: true, allowList: [] });
    expect(parsed(' ;\n ; ')).toEqual([]);
  });

  it.each([
    ['not-an-address admin', 'not an address or @domain'],
    ['a@example.org owner', 'role'],
    ['a@example.org editor', 'needs a department'],
    ['a@example.org admin integration', 'an admin has no department'],
    ['a@example.org viewer Integration!', 'department'],
    ['a@example.org viewer kultur extra', 'too many parts'],
    ['@example admin', 'not an address or @domain'],
  ])('refuses "%s" and names the entry', (entry, reason) => {
    const result = parseAllowList(`ok@example.org admin; ${entry}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(`"${entry}"`);
    expect(result.problem).toContain(reason);
  });

  it('fails the configuration with a ConfigError naming the variable and the bad entry', () => {
    expect(() =>
      loadStaffConfig({ STAFF_ALLOW_LIST: 'admin@example.org admin; boss@example.org chief' }),
    ).toThrow(ConfigError);
    expect(() => loadStaffConfig({ STAFF_ALLOW_LIST: 'boss@example.org chief' })).toThrow(
      /STAFF_ALLOW_LIST is invalid \(entry "boss@example.org chief"/,
    );
    expect(loadStaffConfig({}).allowList).toEqual([]);
  });
});

describe('allowedMember', () => {
  const list = parsed(
    '@hannover.example viewer kultur; chefin@hannover.example editor integration; admin@example.org admin',
  );

  it('finds an address whatever its case, as a lowercase member', () => {
    expect(allowedMember(list, ' Admin@EXAMPLE.org ')).toEqual({ email: 'admin@example.org', role: 'admin' });
  });

  it('lets an entry for the address win over its domain entry, wherever it stands', () => {
    expect(allowedMember(list, 'chefin@hannover.example')).toEqual({
      email: 'chefin@hannover.example',
      role: 'editor',
      department: 'integration',
    });
    expect(allowedMember(list, 'kollege@hannover.example')).toEqual({
      email: 'kollege@hannover.example',
      role: 'viewer',
      department: 'kultur',
    });
  });

  it('matches a domain exactly: neither subdomains nor look-alikes', () => {
    expect(allowedMember(list, 'x@sub.hannover.example')).toBeUndefined();
    expect(allowedMember(list, 'x@evilhannover.example')).toBeUndefined();
    expect(allowedMember(list, 'x@hannover.example.evil.org')).toBeUndefined();
    expect(allowedMember(list, 'hannover.example')).toBeUndefined();
  });

  it('knows nobody else', () => {
    expect(allowedMember(list, 'someone@example.org')).toBeUndefined();
    expect(allowedMember([], 'admin@example.org')).toBeUndefined();
  });
});
