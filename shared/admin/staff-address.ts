import { mailboxOf } from '../mail/mailbox.ts';

/**
 * The one form of a staff address that sign-in windows, allow-list matches and staff records use:
 * trimmed, lowercase, and without a `+tag` in the local part. Without this, `chef+1@…`, `chef+2@…`
 * and `Chef@…` would each get a sign-in window (and a mail) of their own, all landing in one inbox,
 * and an `@domain` allow-list entry would let anyone mail a member as often as they like.
 */
export function staffAddress(email: string): string {
  return mailboxOf(email);
}
