import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { declaredLanguages, hasText, localizedTextsOf } from './schema-walk.ts';

/**
 * How many texts still need a translation, per language: the indicator next to each language in
 * the editor, so staff see how far the translation service has got.
 */

/**
 * For each declared language, the number of texts (title, labels, options, stage names, …) that
 * have no text in it; languages the draft does not declare count 0.
 */
export function missingTranslations(draft: Record<string, unknown>): Record<Locale, number> {
  const counts = Object.fromEntries(LOCALES.map((language) => [language, 0])) as Record<Locale, number>;
  const texts = localizedTextsOf(draft);
  for (const language of declaredLanguages(draft))
    counts[language] = texts.filter(({ value }) => !hasText(value, language)).length;
  return counts;
}
