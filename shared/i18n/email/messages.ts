import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type EmailMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { EmailMessages };

/**
 * The confirmation copy and the parts every email shares, by locale.
 * A catalogue apart from the pages' one, so only the functions that use it bundle it;
 * `satisfies` makes a missing locale a compile error.
 */
export const EMAIL_MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  EmailMessages
>;

/** The confirmation copy and the parts every email shares: the messages in a locale. */
export function emailMessagesFor(locale: Locale): EmailMessages {
  return EMAIL_MESSAGES[locale];
}
