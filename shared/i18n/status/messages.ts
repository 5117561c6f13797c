import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import { de, type StatusMessages } from './de.ts';
import { deXLs } from './de-x-ls.ts';
import { en } from './en.ts';
import { fa } from './fa.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';

export type { StatusMessages };

/**
 * The submitter's status and resubmission pages, by locale.
 * A catalogue apart from the pages' one, so only the functions that use it bundle it;
 * `satisfies` makes a missing locale a compile error.
 */
export const STATUS_MESSAGES = { de, en, tr, ar, ru, uk, fa, 'de-x-ls': deXLs } as const satisfies Record<
  Locale,
  StatusMessages
>;

/** The submitter's status and resubmission pages: the messages in a locale. */
export function statusMessagesFor(locale: Locale): StatusMessages {
  return STATUS_MESSAGES[locale];
}
