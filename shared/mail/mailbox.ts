/**
 * The mailbox an address lands in, as one string: trimmed, lower-cased, and without a `+tag` in the
 * local part (`Anna+poll@Example.org` and `anna@example.org` reach the same inbox at most
 * providers). Sign-in windows and allow-list matches (one mail per mailbox) and one-per-person
 * markers (one vote per mailbox) compare addresses in this form. A local part that is only a tag
 * (`+x@…`) is kept as written: it names no other mailbox.
 */
export function mailboxOf(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return trimmed;
  const local = trimmed.slice(0, at);
  const plus = local.indexOf('+');
  return plus > 0 ? `${local.slice(0, plus)}${trimmed.slice(at)}` : trimmed;
}
