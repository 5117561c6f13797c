import { describe, expect, it } from 'vitest';
import { adminChange } from '../../../shared/admin/change.ts';

describe('adminChange', () => {
  const at = new Date('2026-06-15T10:00:00Z');

  it('records who did what when, for the staff log', () => {
    expect(
      adminChange({
        actor: 'boss@example.org',
        scope: { kind: 'staff' },
        action: 'staffSaved',
        summary: 'S',
        at,
      }),
    ).toEqual({
      scope: { kind: 'staff' },
      actor: 'boss@example.org',
      action: 'staffSaved',
      summary: 'S',
      at: '2026-06-15T10:00:00.000Z',
    });
  });

  it('carries the published version only where there is one', () => {
    const scope = { kind: 'consultation', consultationId: 'radweg' } as const;
    const base = { actor: 'ed@example.org', scope, summary: 'S', at };

    expect(adminChange({ ...base, action: 'published', version: 'v1' }).version).toBe('v1');
    expect(adminChange({ ...base, action: 'edited' })).not.toHaveProperty('version');
  });
});
