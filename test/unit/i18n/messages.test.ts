import { describe, expect, it } from 'vitest';
import type { FieldErrorCode } from '../../../shared/answers/types.ts';
import type { InputField } from '../../../shared/definition/schema.ts';
import { EMAIL_MESSAGES } from '../../../shared/i18n/email/messages.ts';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/i18n/format.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import { fieldErrorMessage, MESSAGES, messagesFor } from '../../../shared/i18n/messages.ts';
import { REVIEW_MESSAGES } from '../../../shared/i18n/review/messages.ts';
import { STATUS_MESSAGES } from '../../../shared/i18n/status/messages.ts';
import { STATUS_LINK_MESSAGES } from '../../../shared/i18n/status-link/messages.ts';
import { WORKFLOW_EMAIL_MESSAGES } from '../../../shared/i18n/workflow-email/messages.ts';
import { consultation } from '../views/consultation-factory.ts';

const SAMPLE = {
  label: 'LABEL',
  min: 3,
  max: 21,
  date: 'DATE',
  email: 'a@example.org',
  answers: 'ANSWERS',
  question: 'QUESTION',
  title: 'TITLE',
  reference: 'REF-1',
  name: 'NAME',
  stage: 'STAGE',
  since: 'SINCE',
  at: 'AT',
  language: 'LANGUAGE',
};

/** Every leaf of a catalogue as [path, text]; functions are called with sample parameters. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(path === 'quote' ? 'X' : SAMPLE))]];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  throw new Error(`unexpected ${typeof value} at ${path}`);
}

const ERROR_CODES: FieldErrorCode[] = [
  'required',
  'tooShort',
  'tooLong',
  'pattern',
  'email',
  'phone',
  'number',
  'integer',
  'min',
  'max',
  'date',
  'dateMin',
  'dateMax',
  'option',
  'minSelected',
  'maxSelected',
  'consent',
];

function field<T extends InputField['type']>(definitionField: { type: T } & Record<string, unknown>) {
  const fields = consultation({ fields: [definitionField as never] }).fields;
  return fields[0] as Extract<InputField, { type: T }>;
}

/** Each catalogue by the audience it serves; each is bundled only by the functions that use it. */
const CATALOGUES = {
  pages: MESSAGES,
  email: EMAIL_MESSAGES,
  review: REVIEW_MESSAGES,
  status: STATUS_MESSAGES,
  statusLink: STATUS_LINK_MESSAGES,
  workflowEmail: WORKFLOW_EMAIL_MESSAGES,
};

describe('message catalogues', () => {
  const cases = Object.entries(CATALOGUES).flatMap(([area, byLocale]) =>
    LOCALES.map((locale) => ({ area, locale, byLocale })),
  );

  it.each(cases)('$area: $locale has every message of the German catalogue, none of them empty', (c) => {
    const reference = leaves(c.byLocale.de).map(([path]) => path);
    const entries = leaves(c.byLocale[c.locale]);
    expect(entries.map(([path]) => path)).toEqual(reference);
    for (const [path, text] of entries) expect(text.trim(), `${c.locale} ${path}`).not.toBe('');
  });

  it('fills the parameters into the messages of every area', () => {
    expect(STATUS_MESSAGES.tr.inStage({ stage: 'STAGE', since: 'SINCE' })).toContain('STAGE');
    expect(REVIEW_MESSAGES.ar.commentHint({ max: 2000 })).toContain(formatNumber('ar', 2000));
    expect(WORKFLOW_EMAIL_MESSAGES.en.reminder.intro({ title: 'T', stage: 'S', since: 'SINCE' })).toContain(
      'SINCE',
    );
    expect(STATUS_LINK_MESSAGES.uk.linkValidUntil({ date: 'DATE' })).toContain('DATE');
    expect(EMAIL_MESSAGES.fa.subject({ title: 'TITLE', reference: 'REF-1' })).toContain('REF-1');
  });

  it.each(LOCALES)('%s names the field in every field error message', (locale) => {
    for (const [path, text] of leaves(MESSAGES[locale].fieldErrors)) expect(text, path).toContain('LABEL');
  });

  it('uses the plural forms of the language', () => {
    expect(messagesFor('ru').fieldErrors.tooLong({ label: 'Имя', max: 21 })).toContain('21 символа');
    expect(messagesFor('ru').fieldErrors.tooLong({ label: 'Имя', max: 200 })).toContain('200 символов');
    expect(messagesFor('uk').fieldErrors.tooShort({ label: 'Ім’я', min: 3 })).toContain('3 символи');
    expect(messagesFor('en').fieldErrors.minSelected({ label: 'Topics', min: 1 })).toContain('1 answer ');
    expect(messagesFor('ar').fieldErrors.minSelected({ label: 'المواضيع', min: 2 })).toContain('إجابتين');
  });
});

describe('fieldErrorMessage', () => {
  const text = field({
    type: 'text',
    id: 'name',
    label: { de: 'Ihr Name', en: 'EN', ar: 'AR' },
    maxLength: 80,
  });

  it.each(ERROR_CODES)('gives a sentence with the field label for %s', (code) => {
    for (const locale of ['de', 'en', 'ar'] as const) {
      const message = fieldErrorMessage(locale, text, { code, params: { min: 1, max: 2 } });
      expect(message).toContain(text.label[locale]);
    }
  });

  it('uses the limit of the error, else the one of the definition', () => {
    expect(fieldErrorMessage('de', text, { code: 'tooLong', params: { max: 200 } })).toContain(
      'höchstens 200 Zeichen',
    );
    expect(fieldErrorMessage('de', text, { code: 'tooLong' })).toContain('höchstens 80 Zeichen');
  });

  it('uses the pattern message of the definition', () => {
    // Prepare
    const postcode = field({
      type: 'text',
      id: 'postcode',
      label: { de: 'PLZ', en: 'Postcode', ar: 'الرمز البريدي' },
      pattern: {
        regex: '^3\\d{4}$',
        message: { de: 'Eine PLZ in Hannover', en: 'A Hannover postcode', ar: 'رمز' },
      },
    });
    // Act
    const message = fieldErrorMessage('en', postcode, { code: 'pattern' });
    // Assess
    expect(message).toBe('A Hannover postcode');
  });

  it('formats date limits as dates of the language', () => {
    const date = field({
      type: 'date',
      id: 'since',
      label: { de: 'Seit', en: 'Since', ar: 'منذ' },
      min: '2026-01-01',
    });
    expect(fieldErrorMessage('de', date, { code: 'dateMin' })).toContain('1. Januar 2026');
    expect(fieldErrorMessage('en', date, { code: 'dateMin', params: { min: '2026-03-15' } })).toContain(
      'March 15, 2026',
    );
  });

  it('asks to choose, not to fill in, when a choice is missing', () => {
    const radio = field({
      type: 'radio',
      id: 'here',
      label: { de: 'Hier?', en: 'Here?', ar: 'هنا؟' },
      options: [
        { value: 'yes', label: { de: 'Ja', en: 'Yes', ar: 'نعم' } },
        { value: 'no', label: { de: 'Nein', en: 'No', ar: 'لا' } },
      ],
    });
    expect(fieldErrorMessage('en', radio, { code: 'required' })).toBe('Select an answer for “Here?”.');
  });
});

describe('dates', () => {
  it('formats Leichte Sprache like German', () => {
    expect(formatDate('de-x-ls', '2026-05-31')).toBe(formatDate('de', '2026-05-31'));
    expect(formatDate('de', '2026-05-31')).toBe('31. Mai 2026');
  });

  it('shows deadlines in the city’s time zone, whatever the offset they were written with', () => {
    expect(formatDateTime('de', '2026-06-30T16:00:00Z')).toBe('30. Juni 2026 um 18:00');
  });

  it('uses the Gregorian calendar in Persian', () => {
    expect(formatDate('fa', '2026-05-31')).toContain('۲۰۲۶');
  });
});
