/**
 * An email address as the confirmation page shows it, e.g. `a***@example.org`: enough for residents
 * to recognise their own, nothing for someone who got hold of the link.
 */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  // Array.from keeps a first character outside the BMP (an emoji, a rare script) whole.
  const first = Array.from(address.slice(0, Math.max(at, 0)))[0];
  if (at <= 0 || first === undefined) return '***';
  return `${first}***${address.slice(at)}`;
}
