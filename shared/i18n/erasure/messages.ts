import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type ErasureMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { ErasureMessages };

/**
 * Erasure on request (status page, its confirmation and result), by locale.
 * A catalogue apart from the pages' one, so only the functions that use it bundle it;
 * `satisfies` makes a missing locale a compile error.
 */
export const ERASURE_MESSAGES = {
  de,
  en,
  tr,
  ar,
  ru,
  uk,
  fa,
  'de-x-ls': deXLs,
} as const satisfies Record<Locale, ErasureMessages>;

/** Erasure on request: the messages in a locale. */
export function erasureMessagesFor(locale: Locale): ErasureMessages {
  return ERASURE_MESSAGES[locale];
}
