import type { Localized } from '../../../definition/schema.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { langIfDifferent, textWithLanguage } from '../../localized.ts';

/**
 * Definition texts on the English staff pages: the English text where the consultation has one,
 * else its own language, marked with `lang` so screen readers switch voice.
 */

/** The language staff read definition texts in: English when the definition has it, else its default. */
export function staffLocale(definition: { languages: readonly Locale[]; defaultLanguage: Locale }): Locale {
  return definition.languages.includes('en') ? 'en' : definition.defaultLanguage;
}

/** A definition text in English when there is one, else in the first language it has, with its `lang`. */
export function InEnglish({ text, fallback = 'de' }: { text: Localized; fallback?: Locale }) {
  const found = textWithLanguage(text, 'en', fallback);
  return <span lang={langIfDifferent(found.lang, 'en')}>{found.text}</span>;
}
