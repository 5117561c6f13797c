import { describe, expect, it } from 'vitest';
import { consultationSchema } from '../../../shared/definition/schema.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import { messagesFor } from '../../../shared/i18n/messages.ts';
import { renderFormPage } from '../../../shared/views/index.ts';
import { consultation } from './consultation-factory.ts';
import { attribute, tagWithId } from './html-probe.ts';

/** The participation code input of a form with `verification: code`. */

const every = (text: string) => Object.fromEntries(LOCALES.map((locale) => [locale, `${text} (${locale})`]));

/** A vote in all eight languages that asks for a code. */
const ALL = consultationSchema.parse({
  id: 'code-vote',
  slug: 'code-vote',
  defaultLanguage: 'de',
  languages: [...LOCALES],
  opens: '2026-05-01T00:00:00+02:00',
  closes: '2026-06-30T18:00:00+02:00',
  title: every('Vote'),
  intro: every('Intro'),
  thankYou: every('Thanks'),
  contact: { email: 'integration@example.org', name: every('Office') },
  retentionDays: 30,
  verification: 'code',
  fields: [
    {
      type: 'radio',
      id: 'choice',
      required: true,
      label: every('Choice'),
      options: [
        { value: 'a', label: every('A') },
        { value: 'b', label: every('B') },
      ],
    },
  ],
});

function render(
  locale: (typeof LOCALES)[number],
  options: { code?: string; error?: 'used' | 'unknown' } = {},
) {
  return renderFormPage({
    definition: ALL,
    version: '0123456789ab',
    locale,
    submissionId: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
    ...(options.code === undefined ? {} : { values: { _code: options.code } }),
    ...(options.error ? { codeError: options.error } : {}),
  }).html;
}

describe('the participation code input', () => {
  it.each(LOCALES)('asks for the code with its label and hint in %s, without autocomplete', (locale) => {
    const html = render(locale);
    const m = messagesFor(locale).participationCode;
    const input = tagWithId(html, 'f-_code');
    expect(attribute(input, 'name')).toBe('_code');
    expect(attribute(input, 'autocomplete')).toBe('off');
    expect(attribute(input, 'aria-describedby')).toBe('f-_code-hint');
    expect(html).toContain(`for="f-_code">${m.label}`);
    expect(html).toContain(m.hint);
  });

  it('shows a refused code as typed, with its message at the input and in the error summary', () => {
    const html = render('en', { code: 'k7qd 93mf "x2pa', error: 'used' });
    const input = tagWithId(html, 'f-_code');
    expect(attribute(input, 'value')).toBe('k7qd 93mf &quot;x2pa');
    expect(attribute(input, 'aria-invalid')).toBe('true');
    expect(attribute(input, 'aria-describedby')).toBe('f-_code-hint f-_code-error');
    const message = messagesFor('en').participationCode.errors.used;
    expect(html).toContain(`<a href="#f-_code">${message}</a>`);
    expect(tagWithId(html, 'f-_code-error')).toBeDefined();
  });

  it('is not asked for without verification: code', () => {
    const html = renderFormPage({
      definition: consultation(),
      version: '0123456789ab',
      locale: 'de',
      submissionId: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
    }).html;
    expect(html).not.toContain('name="_code"');
  });
});
