import type { Answers, AnswerValue } from '../answers/types.ts';
import { type Consultation, type InputField, isInputField } from '../definition/schema.ts';
import { emailMessagesFor } from '../i18n/email/messages.ts';
import { formatDate, formatList, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { optionLabel, textIn } from '../views/localized.ts';

/** One answered question as a person reads it. */
export interface AnswerRow {
  fieldId: string;
  label: string;
  value: string;
}

/** An answer in words: option labels instead of values, localized dates and numbers, "Yes" for a consent. */
export function displayAnswer(field: InputField, value: AnswerValue, locale: Locale): string {
  const scalar = (v: string | number | boolean) =>
    typeof v === 'number' ? formatNumber(locale, v) : String(v);
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes': {
      const labels = [value].flat().map((v) => optionLabel(field, String(v), locale));
      return formatList(locale, labels, 'conjunction');
    }
    case 'scale': {
      const n = Number(value);
      const end = n === field.min ? field.minLabel : n === field.max ? field.maxLabel : undefined;
      const number = Number.isFinite(n) ? formatNumber(locale, n) : String(value);
      return end ? `${number} (${textIn(end, locale)})` : number;
    }
    case 'consent':
      return value === true || value === 'yes' ? emailMessagesFor(locale).yes : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(locale, value) : String(value);
    case 'number':
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
      return Array.isArray(value) ? value.join(', ') : scalar(value);
    default:
      return field satisfies never;
  }
}

/** The answered questions of a submission in form order; hidden and unanswered fields have no answer
 * and so no row. Personal answers are merged back in for the resident's own copy. */
export function answerRows(
  definition: Consultation,
  locale: Locale,
  answers: Answers,
  personal: Answers,
): AnswerRow[] {
  return definition.fields.filter(isInputField).flatMap((field) => {
    const value = personal[field.id] ?? answers[field.id];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    return [
      { fieldId: field.id, label: textIn(field.label, locale), value: displayAnswer(field, value, locale) },
    ];
  });
}
