import type { FieldError } from '../answers/types.ts';
import type { InputField } from '../definition/schema.ts';
import { ar } from './catalogues/ar.ts';
import { de, type Messages } from './catalogues/de.ts';
import { deXLs } from './catalogues/de-x-ls.ts';
import { en } from './catalogues/en.ts';
import { fa } from './catalogues/fa.ts';
import { ru } from './catalogues/ru.ts';
import { tr } from './catalogues/tr.ts';
import { uk } from './catalogues/uk.ts';
import { formatDate } from './format.ts';
import type { Locale } from './locales.ts';

export type { Messages };

/** The resident pages' catalogue by locale; `satisfies` makes a missing locale a compile error too. */
export const MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  Messages
>;

/** The UI messages of a locale. */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** A field's label in the locale, else in any language it has (definitions are complete, this is a guard). */
export function fieldLabel(field: InputField, locale: Locale): string {
  return field.label[locale] ?? Object.values(field.label).find((text) => text !== undefined) ?? field.id;
}

/** The localized sentence for a refused answer, naming the field by its label. */
export function fieldErrorMessage(locale: Locale, field: InputField, error: FieldError): string {
  const m = messagesFor(locale).fieldErrors;
  const label = fieldLabel(field, locale);
  // The validator's params say what it checked; the definition is the fallback when a param is missing.
  const num = (key: string, fromField: number | undefined): number => {
    const raw = error.params?.[key];
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
    return Number.isFinite(value) ? value : (fromField ?? 0);
  };
  const date = (key: string, fromField: string | undefined): string => {
    const raw = error.params?.[key];
    return formatDate(locale, typeof raw === 'string' ? raw : (fromField ?? ''));
  };
  switch (error.code) {
    case 'required':
      if (field.type === 'consent') return m.consent({ label });
      return isChoice(field) ? m.requiredChoice({ label }) : m.required({ label });
    case 'tooShort':
      return m.tooShort({ label, min: num('min', 'minLength' in field ? field.minLength : undefined) });
    case 'tooLong':
      return m.tooLong({ label, max: num('max', 'maxLength' in field ? field.maxLength : undefined) });
    case 'pattern':
      return (field.type === 'text' ? field.pattern?.message[locale] : undefined) ?? m.pattern({ label });
    case 'email':
      return m.email({ label });
    case 'phone':
      return m.phone({ label });
    case 'number':
      return m.number({ label });
    case 'integer':
      return m.integer({ label });
    case 'min':
      return m.min({
        label,
        min: num('min', field.type === 'number' || field.type === 'scale' ? field.min : undefined),
      });
    case 'max':
      return m.max({
        label,
        max: num('max', field.type === 'number' || field.type === 'scale' ? field.max : undefined),
      });
    case 'date':
      return m.date({ label });
    case 'dateMin':
      return m.dateMin({ label, date: date('min', field.type === 'date' ? field.min : undefined) });
    case 'dateMax':
      return m.dateMax({ label, date: date('max', field.type === 'date' ? field.max : undefined) });
    case 'option':
      return m.option({ label });
    case 'minSelected':
      return m.minSelected({
        label,
        min: num('min', field.type === 'checkboxes' ? field.minSelected : undefined),
      });
    case 'maxSelected':
      return m.maxSelected({
        label,
        max: num('max', field.type === 'checkboxes' ? field.maxSelected : undefined),
      });
    case 'consent':
      return m.consent({ label });
    default:
      return error.code satisfies never;
  }
}

function isChoice(field: InputField): boolean {
  return (
    field.type === 'radio' || field.type === 'checkboxes' || field.type === 'select' || field.type === 'scale'
  );
}
