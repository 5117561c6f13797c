import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { type ConfirmMessages, de } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { ConfirmMessages };

/**
 * The email double opt-in (pages and the confirmation email), by locale. A catalogue apart, so only
 * the submit and confirm functions and the mailer bundle it; `satisfies` makes a missing locale a
 * compile error.
 */
export const CONFIRM_MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  ConfirmMessages
>;

/** The email double opt-in: the messages in a locale. */
export function confirmMessagesFor(locale: Locale): ConfirmMessages {
  return CONFIRM_MESSAGES[locale];
}
