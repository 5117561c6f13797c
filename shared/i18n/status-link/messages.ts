import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type StatusLinkMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { StatusLinkMessages };

/**
 * The private status link on the confirmation page, in the copy and on the status page, by locale.
 * A catalogue apart from the pages' one, so only the functions that use it bundle it;
 * `satisfies` makes a missing locale a compile error.
 */
export const STATUS_LINK_MESSAGES = {
  de,
  en,
  tr,
  ar,
  ru,
  uk,
  fa,
  'de-x-ls': deXLs,
} as const satisfies Record<Locale, StatusLinkMessages>;

/** The private status link: the messages in a locale. */
export function statusLinkMessagesFor(locale: Locale): StatusLinkMessages {
  return STATUS_LINK_MESSAGES[locale];
}
