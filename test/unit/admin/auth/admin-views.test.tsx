import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import {
  CheckboxGroup,
  ErrorSummary,
  StatusTag,
  TextArea,
  TextInput,
} from '../../../../shared/views/admin/components.tsx';
import { renderAdminPage } from '../../../../shared/views/admin/layout.tsx';

describe('renderAdminPage', () => {
  const render = (chrome: Parameters<typeof renderAdminPage>[0]['chrome']) =>
    renderAdminPage({ title: 'Consultations', chrome, children: <h1>Consultations</h1> });

  it('is an English page with a skip link to main and a CSP that allows its styles only', () => {
    const page = render({});
    expect(page.html).toContain('<html lang="en" dir="ltr">');
    expect(page.html).toContain('<a class="skip-link" href="#main">');
    expect(page.html).toContain('<main id="main" tabindex="-1">');
    expect(page.html).toContain('<title>Consultations – Mitwirken – Staff</title>');
    expect(page.html).not.toContain('<script');
    expect(page.contentSecurityPolicy).toMatch(/style-src 'sha256-[^']+' 'sha256-[^']+';/);
    expect(page.html).not.toContain('Sign out');
  });

  it('shows the member, the sign-out form with the CSRF token, and the staff link to admins only', () => {
    const admin = render({
      staff: { email: 'admin@example.org', role: 'admin' },
      csrfToken: 'tok&en',
      section: 'staff',
    });
    expect(admin.html).toContain('<strong>admin@example.org</strong> (admin)');
    expect(admin.html).toMatch(
      /<form method="post" action="\/admin\/sign-out"><input type="hidden" name="_csrf" value="tok&amp;en"\/>/,
    );
    expect(admin.html).toContain('<a href="/admin/staff" aria-current="page">Staff</a>');
    expect(admin.html).toContain('<a href="/admin/consultations">Consultations</a>');
    const editor = render({ staff: { email: 'e@example.org', role: 'editor' }, csrfToken: 't' });
    expect(editor.html).not.toContain('/admin/staff');
  });

  it('lists breadcrumbs in a labelled nav', () => {
    const page = render({ breadcrumbs: [{ href: '/admin/consultations', label: 'Consultations' }] });
    expect(page.html).toContain(
      '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/admin/consultations">',
    );
  });
});

describe('admin form components', () => {
  it('link hint and error to the input, mark it invalid and escape values', () => {
    const html = renderToString(
      <TextInput
        id="f-slug"
        name="t:slug"
        label="Slug"
        hint="Lowercase"
        error="Enter a slug"
        value={'"><b>'}
      />,
    );
    expect(html).toContain('<label class="label" for="f-slug">Slug</label>');
    expect(html).toContain('aria-describedby="f-slug-hint f-slug-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="f-slug-error"');
    expect(html).toContain('value="&quot;>&lt;b>"');
  });

  it('leave a valid input without aria-invalid and announce required without blocking saves', () => {
    const html = renderToString(
      <TextArea id="f-intro" name="t:intro.de" label="Intro" required lang="ar" dir="rtl" />,
    );
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
    expect(html).toContain('aria-required="true"');
    expect(html).not.toMatch(/\srequired[\s>=]/);
    expect(html).toContain('lang="ar" dir="rtl"');
  });

  it('give a checkbox group a hidden empty value first, so unticking everything clears the list', () => {
    const html = renderToString(
      <CheckboxGroup
        legend="Languages"
        name="l:languages"
        id="f-languages"
        options={[
          { value: 'de', label: 'German' },
          { value: 'de-x-ls', label: 'Easy German' },
        ]}
        values={['de-x-ls']}
      />,
    );
    expect(html.indexOf('type="hidden" name="l:languages" value=""')).toBeLessThan(
      html.indexOf('type="checkbox"'),
    );
    expect(html).toContain('id="f-languages" name="l:languages" value="de"');
    expect(html).toMatch(/id="f-languages-de-x-ls" name="l:languages" value="de-x-ls" checked/);
    expect(html).toContain('<legend class="legend">Languages</legend>');
  });

  it('summarise errors as links, and render nothing without errors', () => {
    expect(renderToString(<ErrorSummary issues={[]} />)).toBe('');
    const html = renderToString(<ErrorSummary issues={[{ href: '#f-slug', message: 'Enter a slug' }]} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#f-slug">Enter a slug</a>');
  });

  it('name a status in words', () => {
    expect(renderToString(<StatusTag status="scheduled" />)).toBe(
      '<strong class="tag tag--scheduled">Scheduled</strong>',
    );
  });
});
