import { describe, expect, it } from 'vitest';
import type { FieldErrors, FormBody } from '../../../shared/answers/types.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { type FormNotice, renderFormPage } from '../../../shared/views/index.ts';
import { consultation, consultationWithoutEmail, text } from './consultation-factory.ts';
import { attribute, cspHashOf, idsIn, styleBlocks, tags, tagWithId } from './html-probe.ts';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'Tom & Jerry'];

function render(
  options: {
    definition?: Consultation;
    locale?: Locale;
    values?: FormBody;
    errors?: FieldErrors;
    copy?: boolean;
    notice?: FormNotice;
  } = {},
) {
  return renderFormPage({
    definition: options.definition ?? consultation(),
    version: '0123456789ab',
    locale: options.locale ?? 'de',
    submissionId: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
    ...(options.values ? { values: options.values } : {}),
    ...(options.errors ? { errors: options.errors } : {}),
    ...(options.copy === undefined ? {} : { copyRequested: options.copy }),
    ...(options.notice ? { notice: options.notice } : {}),
  }).html;
}

describe('renderFormPage', () => {
  it('escapes markup from the definition and from the resident’s input', () => {
    // Prepare
    const evil = consultation({ title: text(PAYLOADS[0] ?? ''), intro: text(PAYLOADS[1] ?? '') });
    // Act
    const html = render({ definition: evil, values: { name: PAYLOADS[1] ?? '', idea: PAYLOADS[0] ?? '' } });
    // Assess
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toContain('&quot;>&lt;img src=x onerror=alert(1)>');
  });

  it('escapes an ampersand in a label', () => {
    const definition = consultation({
      fields: [{ type: 'text', id: 'who', label: text(PAYLOADS[2] ?? '') }],
    });
    const html = render({ definition });
    expect(html).toContain('Tom &amp; Jerry');
    expect(html).not.toContain('Tom & Jerry');
  });

  it('sets language and direction: right to left for Arabic, left to right for German', () => {
    expect(tags(render({ locale: 'ar' }), 'html')[0]).toMatch(/lang="ar" dir="rtl"/);
    expect(tags(render({ locale: 'de' }), 'html')[0]).toMatch(/lang="de" dir="ltr"/);
  });

  it('falls back to the consultation’s default language when it is not offered in the requested one', () => {
    const html = render({ locale: 'fa' });
    expect(tags(html, 'html')[0]).toContain('lang="de"');
    expect(html).toContain('<input type="hidden" name="_lang" value="de"/>');
  });

  it('links each summarised error to an element that exists, the first option for choices', () => {
    // Prepare
    const errors: FieldErrors = {
      name: { code: 'required' },
      lives_here: { code: 'required' },
      topics: { code: 'option' },
    };
    // Act
    const html = render({ errors });
    // Assess
    const summary =
      /<div class="error-summary" role="alert" tabindex="-1"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const targets = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toEqual(['f-name', 'f-lives_here', 'f-topics']);
    for (const target of targets) expect(idsIn(html)).toContain(target);
    expect(attribute(tagWithId(html, 'f-lives_here'), 'value')).toBe('yes');
    expect(html).toContain('Bitte wählen Sie bei „Wohnen Sie in Hannover?“ eine Antwort aus.');
  });

  it('marks fields in error as invalid and describes them by their error message', () => {
    const html = render({ errors: { name: { code: 'tooLong', params: { max: 200 } } } });
    const input = tagWithId(html, 'f-name');
    expect(attribute(input, 'aria-invalid')).toBe('true');
    expect(attribute(input, 'aria-describedby')).toBe('f-name-hint f-name-error');
    expect(tagWithId(html, 'f-name-error')).toContain('error-message');
    expect(attribute(tagWithId(html, 'f-email'), 'aria-invalid')).toBeUndefined();
  });

  it('points every aria-describedby at ids that exist', () => {
    const errors: FieldErrors = {
      name: { code: 'required' },
      topics: { code: 'minSelected' },
      idea: { code: 'tooLong' },
    };
    const html = render({ errors });
    const ids = new Set(idsIn(html));
    const references = [...html.matchAll(/aria-describedby="([^"]*)"/g)].flatMap((m) =>
      (m[1] ?? '').split(' '),
    );
    expect(references.length).toBeGreaterThan(4);
    for (const id of references) expect(ids, id).toContain(id);
  });

  it('has no duplicate ids', () => {
    const ids = idsIn(render({ errors: { lives_here: { code: 'required' } } }));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the resident’s text, ticks, and selection after an error', () => {
    // Prepare
    const values: FormBody = {
      name: 'Ayşe Yılmaz',
      idea: 'Mehr Bänke\nim Park',
      lives_here: 'yes',
      district: 'mitte',
      topics: ['work', 'housing'],
      importance: '4',
      privacy: 'yes',
    };
    // Act
    const html = render({ values, errors: { email: { code: 'email' } } });
    // Assess
    expect(attribute(tagWithId(html, 'f-name'), 'value')).toBe('Ayşe Yılmaz');
    expect(html).toContain('>Mehr Bänke\nim Park</textarea>');
    expect(attribute(tagWithId(html, 'f-lives_here'), 'checked')).toBe(true);
    expect(attribute(tagWithId(html, 'f-lives_here-o-no'), 'checked')).toBeUndefined();
    expect(attribute(tagWithId(html, 'f-topics'), 'checked')).toBe(true);
    expect(attribute(tagWithId(html, 'f-topics-o-school'), 'checked')).toBeUndefined();
    expect(attribute(tagWithId(html, 'f-topics-o-housing'), 'checked')).toBe(true);
    expect(attribute(tagWithId(html, 'f-importance-o-4'), 'checked')).toBe(true);
    expect(attribute(tagWithId(html, 'f-privacy'), 'checked')).toBe(true);
    expect(html).toContain('<option value="mitte" selected>');
    expect(html).not.toContain('<option value="linden" selected>');
  });

  it('uses input types that bring the right keyboard, and no browser validation', () => {
    const html = render();
    expect(tagWithId(html, 'f-email')).toMatch(/type="email" autocomplete="email"/);
    expect(attribute(tagWithId(html, 'f-phone'), 'type')).toBe('tel');
    expect(attribute(tagWithId(html, 'f-years'), 'type')).toBe('text');
    expect(attribute(tagWithId(html, 'f-years'), 'inputmode')).toBe('decimal');
    expect(attribute(tagWithId(html, 'f-since'), 'type')).toBe('date');
    expect(html).not.toMatch(/\srequired[\s=/>]/);
    expect(attribute(tagWithId(html, 'f-privacy'), 'aria-required')).toBe('true');
  });

  it('marks required and optional fields in words', () => {
    const html = render({ locale: 'en' });
    expect(html).toMatch(/EN Wohnen Sie in Hannover\? <span class="marker">\(required\)<\/span>/);
    expect(html).toMatch(/EN Ihr Name <span class="marker">\(optional\)<\/span>/);
  });

  it('groups choices in a fieldset with the question as legend', () => {
    const html = render();
    expect(html).toMatch(/<fieldset class="fieldset"[^>]*><legend class="legend">Wohnen Sie in Hannover\?/);
    expect(html).toMatch(/<label for="f-importance">1 – unwichtig<\/label>/);
    expect(html).toMatch(/<select[^>]*id="f-district"[^>]*><option value>Bitte auswählen<\/option>/);
  });

  it('reveals a conditional field by CSS when its answer is ticked, and says so in words', () => {
    // Act
    const html = render({ locale: 'en' });
    // Assess
    const css = styleBlocks(html).join('\n');
    expect(css).toContain('form:has([name="lives_here"][value="yes"]:checked) #w-district{display:block}');
    expect(css).toContain('select[name="district"] option[value="mitte"]:checked');
    expect(css).toMatch(/@supports selector\(:has\(\*\)\)\{\.conditional\{display:none\}\}/);
    expect(tagWithId(html, 'w-district')).toContain('conditional');
    expect(html).toContain('Only if you answered “EN Ja” to “EN Wohnen Sie in Hannover?”.');
    expect(html).toContain('Only if you answered “EN Linden-Limmer” or “EN Mitte” to “EN Stadtbezirk”.');
  });

  it('allows exactly its own inline styles in the Content-Security-Policy, and no scripts', () => {
    // Act
    const page = renderFormPage({
      definition: consultation(),
      version: 'v',
      locale: 'de',
      submissionId: 's',
    });
    // Assess
    const blocks = styleBlocks(page.html);
    expect(blocks).toHaveLength(2);
    const styleSrc = /style-src ([^;]+)/.exec(page.contentSecurityPolicy)?.[1]?.split(' ');
    expect(styleSrc).toEqual(blocks.map(cspHashOf));
    expect(page.contentSecurityPolicy).toMatch(/^default-src 'none'; /);
    expect(page.contentSecurityPolicy).not.toContain('script-src');
    expect(page.contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(page.html).not.toMatch(/<script|\sstyle="|\son[a-z]+=/);
  });

  it('carries submission id, version and language, and posts to the consultation', () => {
    const html = render({ locale: 'ar' });
    expect(tags(html, 'form')[0]).toBe('<form action="/c/wir-sind-hannover" method="post" novalidate>');
    expect(html).toContain('<input type="hidden" name="_sid" value="01JZ8X7Q2M3N4P5R6S7T8V9W0X"/>');
    expect(html).toContain('<input type="hidden" name="_v" value="0123456789ab"/>');
    expect(html).toContain('<input type="hidden" name="_lang" value="ar"/>');
  });

  it('has a honeypot that is hidden, labelled and out of the keyboard order', () => {
    const html = render({ values: { _website: 'http://spam.example' } });
    const honeypot = tagWithId(html, 'f-_website');
    expect(attribute(honeypot, 'name')).toBe('_website');
    expect(attribute(honeypot, 'tabindex')).toBe('-1');
    expect(attribute(honeypot, 'autocomplete')).toBe('off');
    expect(attribute(honeypot, 'value')).toBe(true);
    expect(html).toMatch(
      /<div class="visually-hidden" aria-hidden="true"><label for="f-_website">Dieses Feld bitte leer lassen<\/label>/,
    );
  });

  it('offers a copy of the answers only when the form asks for an email address', () => {
    expect(idsIn(render())).toContain('f-_copy');
    expect(idsIn(render({ definition: consultationWithoutEmail() }))).not.toContain('f-_copy');
  });

  it('keeps the copy box ticked when the resident asked for a copy', () => {
    expect(attribute(tagWithId(render({ copy: true }), 'f-_copy'), 'checked')).toBe(true);
    expect(attribute(tagWithId(render({ copy: false }), 'f-_copy'), 'checked')).toBeUndefined();
    expect(attribute(tagWithId(render({ values: { _copy: 'yes' } }), 'f-_copy'), 'checked')).toBe(true);
  });

  it('asks to send the form again in the alerting summary when only the submission id was refused', () => {
    // Act
    const german = render({ notice: 'resubmit', values: { name: 'Amira' } });
    const arabic = render({ notice: 'resubmit', locale: 'ar' });
    // Assess
    const summaryOf = (html: string) =>
      /<div class="error-summary" role="alert" tabindex="-1"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    expect(summaryOf(german)).toContain(
      'Ihre Antworten sind noch nicht gespeichert. Bitte senden Sie das Formular noch einmal ab.',
    );
    expect(summaryOf(german)).not.toContain('<ul');
    expect(attribute(tagWithId(german, 'f-name'), 'value')).toBe('Amira');
    expect(german).toContain('<title>Fehler: Wir sind Hannover – Mitwirken</title>');
    expect(summaryOf(arabic)).toContain('لم يتم حفظ إجاباتك بعد. يُرجى إرسال النموذج مرة أخرى.');
    expect(tags(arabic, 'html')[0]).toMatch(/lang="ar" dir="rtl"/);
  });

  it('shows the notice above the field errors when there are both', () => {
    const html = render({ notice: 'resubmit', errors: { name: { code: 'required' } } });

    const notice = html.indexOf('Bitte senden Sie das Formular noch einmal ab.');
    expect(notice).toBeGreaterThan(html.indexOf('role="alert"'));
    expect(notice).toBeLessThan(html.indexOf('href="#f-name"'));
  });

  it('shows no summary without errors or notice', () => {
    expect(render()).not.toContain('role="alert"');
  });

  it('prefixes the title with "Error" when there are errors', () => {
    expect(render({ errors: { name: { code: 'required' } } })).toContain(
      '<title>Fehler: Wir sind Hannover – Mitwirken</title>',
    );
    expect(render()).toContain('<title>Wir sind Hannover – Mitwirken</title>');
  });

  it('offers the consultation’s languages with the current one marked', () => {
    const links = tags(render({ locale: 'en' }), 'a').filter((a) => a.includes('hreflang'));
    expect(links).toEqual([
      '<a href="?lang=de" lang="de" hreflang="de">',
      '<a href="?lang=en" lang="en" hreflang="en" aria-current="true">',
      '<a href="?lang=ar" lang="ar" hreflang="ar">',
    ]);
  });
});
