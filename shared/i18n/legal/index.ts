import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type LegalMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { LegalMessages };

/** The legal pages, by locale; only the legal function bundles them. */
export const LEGAL_MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  LegalMessages
>;

/** The legal pages: the messages in a locale. */
export function legalMessagesFor(locale: Locale): LegalMessages {
  return LEGAL_MESSAGES[locale];
}
