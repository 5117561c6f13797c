import type { Consultation, Field, Localized, Option } from '../definition/schema.ts';
import { htmlLang, LOCALES, type Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';

/** The language a consultation's pages are shown in: the requested one if offered, else its default. */
export function pageLocale(definition: Consultation, locale: Locale): Locale {
  return definition.languages.includes(locale) ? locale : definition.defaultLanguage;
}

/** A definition text in the locale; definitions are complete per declared language, the rest is a guard. */
export function textIn(text: Localized, locale: Locale): string {
  return text[locale] ?? Object.values(text).find((value) => value !== undefined) ?? '';
}

/** A text in the locale or else in the fallback language, with the language it is actually in. */
export function textWithLanguage(
  text: Localized,
  locale: Locale,
  fallback: Locale,
): { text: string; lang: Locale } {
  for (const lang of [locale, fallback, ...LOCALES]) {
    const found = text[lang];
    if (found !== undefined) return { text: found, lang };
  }
  return { text: '', lang: fallback };
}

/** The `lang` attribute for text in another language than the page, else undefined. */
export function langIfDifferent(textLocale: Locale, page: Locale): string | undefined {
  return htmlLang(textLocale) === htmlLang(page) ? undefined : htmlLang(textLocale);
}

/** The label of an option in the locale; the value itself when the definition no longer has it. */
export function optionLabel(field: { options: readonly Option[] }, value: string, locale: Locale): string {
  const option = field.options.find((o) => o.value === value);
  return option ? textIn(option.label, locale) : value;
}

/** What a resident saw for one choice value of a field: the option label, the number of a scale,
 * the "yes, I agree" of a consent. */
export function choiceLabel(field: Field, value: string, locale: Locale): string {
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes':
      return optionLabel(field, value, locale);
    case 'consent':
      return messagesFor(locale).chrome.agree;
    default:
      return value;
  }
}
