import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type ResultsMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { ResultsMessages };

/**
 * The public results page, by locale. A catalogue apart from the pages' one, so only the results
 * function bundles it; `satisfies` makes a missing locale a compile error.
 */
export const RESULTS_MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  ResultsMessages
>;

/** The public results page: the messages in a locale. */
export function resultsMessagesFor(locale: Locale): ResultsMessages {
  return RESULTS_MESSAGES[locale];
}
