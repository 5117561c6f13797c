import { ENGLISH_NAMES, LOCALES, type Locale } from '../../../i18n/locales.ts';

/** A language for staff: its English name and code, e.g. `German (de)`. */
export function languageLabel(locale: Locale): string {
  return `${ENGLISH_NAMES[locale]} (${locale})`;
}

/** The choices of a language select or checkbox group, in the platform's order. */
export const LANGUAGE_OPTIONS: readonly { value: Locale; label: string }[] = LOCALES.map((locale) => ({
  value: locale,
  label: languageLabel(locale),
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
