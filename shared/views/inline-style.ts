import { createHash } from 'node:crypto';

/** A block of CSS for a `<style>` element together with its CSP source expression. */
export interface InlineStyle {
  readonly css: string;
  /** e.g. `'sha256-…'`, ready for the `style-src` directive. */
  readonly source: string;
}

/** CSS that could break out of its <style> element: a bug in the code that built it. */
export class UnsafeStyleError extends Error {
  override name = 'UnsafeStyleError';
}

/** Wraps CSS for inlining and hashes it for the Content-Security-Policy. The only way CSS reaches a page. */
export function inlineStyle(css: string): InlineStyle {
  // The CSS is written raw into <style>: anything that could close the element is a bug, not data.
  if (/<\/?style|<!--|-->/i.test(css)) throw new UnsafeStyleError('CSS must not contain markup');
  const digest = createHash('sha256').update(css, 'utf8').digest('base64');
  return { css, source: `'sha256-${digest}'` };
}

/** The page's policy: its own hashed styles and nothing else; no scripts at all (no script-src → default-src 'none'). */
export function contentSecurityPolicy(styles: readonly InlineStyle[]): string {
  const sources = [...new Set(styles.map((style) => style.source))];
  const styleSrc = sources.length > 0 ? sources.join(' ') : "'none'";
  return [
    "default-src 'none'",
    `style-src ${styleSrc}`,
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
