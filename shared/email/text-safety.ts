/**
 * Text that goes into an email, made safe for where it ends up. HTML escaping is the JSX renderer's
 * job; these keep control characters out of headers and plain-text bodies.
 */

/** A subject is a mail header: line breaks (and other control characters) would let data add headers. */
export function headerSafe(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Plain text keeps line breaks and tabs only: no other control characters from answers reach the mail. */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');
}
