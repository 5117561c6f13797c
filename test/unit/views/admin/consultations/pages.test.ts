import { describe, expect, it } from 'vitest';
import {
  type ConsultationOverviewInput,
  REVISION_INPUT,
  renderConsultationListPage,
  renderConsultationOverviewPage,
  renderNewConsultationPage,
} from '../../../../../shared/views/admin/consultations/index.ts';
import { formatStaffTime } from '../../../../../shared/views/admin/staff-time.tsx';
import { renderFormPage } from '../../../../../shared/views/form-page.tsx';
import { aConsultation } from '../../../../support/consultation-factory.ts';
import { attribute, tags, tagWithId } from '../../html-probe.ts';

const CHROME = {
  staff: { email: 'ed@example.org', role: 'editor' as const },
  csrfToken: 't',
  section: 'consultations' as const,
};

describe('the preview option of the resident form page', () => {
  const definition = aConsultation('unit-preview');
  const page = (preview: boolean) =>
    renderFormPage({
      definition,
      version: 'preview',
      locale: 'de',
      submissionId: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
      ...(preview
        ? { preview: { notice: 'Preview – not published; answers are not sent', lang: 'en' as const } }
        : {}),
    }).html;

  it('shows the notice in the staff’s language and a form that cannot send', () => {
    const html = page(true);

    expect(html).toContain(
      '<p class="preview-notice" role="note" lang="en" dir="ltr">Preview – not published; answers are not sent</p>',
    );
    const form = tags(html, 'form')[0] ?? '';
    expect(attribute(form, 'action')).toBeUndefined();
    expect(attribute(form, 'method')).toBeUndefined();
    expect(attribute(tags(html, 'button')[0] ?? '', 'disabled')).toBe(true);
  });

  it('links from the notice back to the consultation’s staff page, named in its default language', () => {
    const html = renderFormPage({
      definition,
      version: 'preview',
      locale: 'en',
      submissionId: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
      preview: { notice: 'Preview', lang: 'en', backHref: '/admin/consultations/unit-preview' },
    }).html;

    const notice = /<p class="preview-notice"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
    const link = /<a\b[^>]*>([\s\S]*?)<\/a>/.exec(notice);
    expect(attribute(link?.[0] ?? '', 'href')).toBe('/admin/consultations/unit-preview');
    expect(link?.[1]?.replace(/<[^>]+>/g, '')).toBe('Back to Wir sind Hannover (staff)');
    // The title is German inside the English notice: marked so screen readers switch voice.
    expect(link?.[1]).toContain('<span lang="de" dir="ltr">Wir sind Hannover</span>');
  });

  it('leaves the residents’ page as it was without it', () => {
    const html = page(false);

    expect(html).not.toContain('preview-notice');
    expect(attribute(tags(html, 'form')[0] ?? '', 'action')).toBe('/c/unit-preview');
    expect(attribute(tags(html, 'button')[0] ?? '', 'disabled')).toBeUndefined();
  });
});

describe('renderNewConsultationPage', () => {
  it('shows a refused attempt’s errors next to the inputs of the form that was posted', () => {
    const html = renderNewConsultationPage({
      chrome: CHROME,
      department: { kind: 'choose' },
      templates: [],
      attempt: { mode: 'scratch', values: { id: 'X' }, errors: { id: 'use lowercase letters' } },
    }).html;

    const input = tagWithId(html, 'scratch-id');
    expect(attribute(input, 'value')).toBe('X');
    expect(attribute(input, 'aria-describedby')).toBe('scratch-id-hint scratch-id-error');
    expect(html).toContain('<a href="#scratch-id">Technical id: use lowercase letters</a>');
    // The other forms are not marked.
    expect(attribute(tagWithId(html, 'import-yaml'), 'aria-invalid')).toBeUndefined();
  });
});

describe('renderConsultationListPage', () => {
  it('names the title’s language and the status in words', () => {
    const html = renderConsultationListPage({
      chrome: CHROME,
      canCreate: false,
      rows: [
        {
          id: 'a',
          slug: 'a',
          title: 'استطلاع',
          titleLang: 'ar',
          status: 'scheduled',
          submissions: 0,
          unpublishedChanges: true,
        },
      ],
    }).html;

    expect(html).toContain('<a href="/admin/consultations/a" lang="ar" dir="rtl">استطلاع</a>');
    expect(html).toContain('<strong class="tag tag--scheduled">Scheduled</strong>');
    expect(html).toContain('(unpublished changes)');
    expect(html).not.toContain('/admin/consultations/new');
  });
});

describe('formatStaffTime', () => {
  it('shows times in Berlin, day first, and a malformed draft value as typed', () => {
    expect(formatStaffTime('2026-04-30T22:00:00Z')).toBe('1 May 2026, 00:00');
    expect(formatStaffTime('2026-12-31T23:00:00Z')).toBe('1 Jan 2027, 00:00');
    expect(formatStaffTime('next tuesday')).toBe('next tuesday');
    expect(formatStaffTime(undefined)).toBe('–');
  });
});

describe('renderConsultationOverviewPage', () => {
  const overview = (closedAt?: string): string => {
    const input: ConsultationOverviewInput = {
      chrome: CHROME,
      id: 'ov',
      title: 'Overview',
      titleLang: 'en',
      status: closedAt ? 'closed' : 'open',
      department: 'integration',
      canEdit: true,
      published: {
        version: 'v1',
        publishedAt: '2026-01-01T00:00:00Z',
        slug: 'ov',
        opens: '2026-01-01T00:00:00Z',
        closes: '2027-01-01T00:00:00Z',
        closedAt,
      },
      draft: {
        slug: 'ov',
        revision: 7,
        languages: ['en'],
        issueCounts: { settings: 0, texts: 0, fields: 0, workflow: 0 },
        unpublishedChanges: true,
      },
      submissions: 0,
      versions: [],
      changes: [],
      changesPaged: false,
    };
    return renderConsultationOverviewPage(input).html;
  };

  it('posts the draft revision it shows with Publish, so a revision saved since is not published unseen', () => {
    const html = overview();
    const form = html.slice(
      html.indexOf('id="publish-form"'),
      html.indexOf('</form>', html.indexOf('id="publish-form"')),
    );

    expect(form).toMatch(new RegExp(`<input type="hidden" name="${REVISION_INPUT}" value="7"`));
  });

  it('says answers stop (or start again) within a minute, not "now": warm functions keep the definition for up to a minute', () => {
    const closing = overview();
    const reopening = overview('2026-06-01T00:00:00Z');

    expect(closing).toContain('Closing stops new answers within a minute');
    expect(closing).not.toMatch(/\bnow\b/);
    expect(reopening).toContain('Reopening lets residents answer again within a minute');
    expect(reopening).not.toMatch(/\bnow\b/);
  });
});
