/** Languages the platform ships UI messages for; a consultation may declare any subset. */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'fa', 'de-x-ls'] as const;
export type Locale = (typeof LOCALES)[number];

const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar', 'fa']);

/** Writing direction of a locale, for the `dir` attribute. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** Each language's name in itself, for language switchers. */
export const NATIVE_NAMES = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  ru: 'Русский',
  uk: 'Українська',
  fa: 'فارسی',
  'de-x-ls': 'Leichte Sprache',
} as const satisfies Record<Locale, string>;

/** Each language's English name, for the English staff pages (residents see NATIVE_NAMES). */
export const ENGLISH_NAMES = {
  de: 'German',
  en: 'English',
  tr: 'Turkish',
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  fa: 'Persian',
  'de-x-ls': 'Easy German (Leichte Sprache)',
} as const satisfies Record<Locale, string>;

/** The BCP 47 tag to put in `lang` attributes (private-use "Leichte Sprache" is German). */
export function htmlLang(locale: Locale): string {
  return locale === 'de-x-ls' ? 'de' : locale;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
