import type { Localized } from '../../../definition/schema.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { langIfDifferent, textWithLanguage } from '../../localized.ts';

/**
 * Definition texts on the English staff pages: the English text where the consultation has one,
 * else its own language, marked with `lang` so screen readers switch voice.
 */

/** The language names staff read (the admin UI is English; residents see the native names). */
export const LANGUAGE_NAMES = {
  de: 'German',
  en: 'English',
  tr: 'Turkish',
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  fa: 'Persian',
  'de-x-ls': 'German, easy to read (Leichte Sprache)',
} as const satisfies Record<Locale, string>;

/** The language staff read definition texts in: English when the definition has it, else its default. */
export function staffLocale(definition: { languages: readonly Locale[]; defaultLanguage: Locale }): Locale {
  return definition.languages.includes('en') ? 'en' : definition.defaultLanguage;
}

/** A definition text in English when there is one, else in the first language it has, with its `lang`. */
export function InEnglish({ text, fallback = 'de' }: { text: Localized; fallback?: Locale }) {
  const found = textWithLanguage(text, 'en', fallback);
  return <span lang={langIfDifferent(found.lang, 'en')}>{found.text}</span>;
}

/** A moment as staff read it: English words, the city's time zone (Europe/Berlin), machine-readable too. */
export function StaffTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime('en', iso)}</time>;
}
