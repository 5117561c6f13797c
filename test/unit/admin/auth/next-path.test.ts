import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../../../shared/admin/next-path.ts';

describe('safeNextPath', () => {
  it('keeps a staff page with its query', () => {
    expect(safeNextPath('/admin/consultations/umfrage?lang=de')).toBe('/admin/consultations/umfrage?lang=de');
    expect(safeNextPath('/admin/consultations/x/submissions')).toBe('/admin/consultations/x/submissions');
  });

  it.each([
    'https://evil.example/admin/',
    'https://evil.example/',
    '//evil.example',
    '//evil.example/admin/',
    '/admin',
    '/admin//evil.example',
    '/admin/\\evil.example',
    '/c/umfrage',
    '/admin/\nx',
    '/admin/ x',
    `/admin/${'a'.repeat(1024)}`,
    '',
    undefined,
    ['/admin/a', '/admin/b'],
  ])('drops %j', (value) => {
    expect(safeNextPath(value)).toBeUndefined();
  });
});
