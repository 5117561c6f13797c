import { LANGUAGE_NAMES } from '../../../admin/draft/index.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';

// British English reads as staff in Germany write dates (day first, 24 hours), in the city's own zone.
const STAFF_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
  calendar: 'gregory',
});

/** A stored time as staff read it (`1 May 2026, 00:00`, Berlin time); a draft's malformed value is shown as typed. */
export function formatStaffTime(iso: string | undefined): string {
  if (iso === undefined || iso === '') return '–';
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : STAFF_TIME.format(at);
}

/** A language for staff: its English name and code, e.g. `German (de)`. */
export function languageName(locale: Locale): string {
  return `${LANGUAGE_NAMES[locale]} (${locale})`;
}

/** The choices of a language select or checkbox group, in the platform's order. */
export const LANGUAGE_OPTIONS: readonly { value: Locale; label: string }[] = LOCALES.map((locale) => ({
  value: locale,
  label: languageName(locale),
}));

/** A title in its default language, else in the first language it has, else `fallback` (the id). */
export function titleIn(
  title: Partial<Record<Locale, string>> | undefined,
  defaultLanguage: Locale,
  fallback: string,
): { text: string; lang: Locale } {
  const textIn = (locale: Locale) => {
    const text: unknown = title?.[locale];
    return typeof text === 'string' && text.trim() !== '' ? text : undefined;
  };
  const lang = [defaultLanguage, ...LOCALES].find((locale) => textIn(locale) !== undefined);
  const text = lang === undefined ? undefined : textIn(lang);
  return lang !== undefined && text !== undefined ? { text, lang } : { text: fallback, lang: 'en' };
}

/** "1 issue" / "3 issues". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
