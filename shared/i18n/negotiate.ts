import type { Locale } from './locales.ts';

export interface LocaleRequest {
  /** The `?lang=` query value: an exact locale code, wins when the page is available in it. */
  query?: string | undefined;
  /** The raw Accept-Language header. */
  acceptLanguage?: string | undefined;
  /** Locales the page exists in. */
  available: readonly Locale[];
  fallback: Locale;
}

/** Leichte Sprache is a choice a person makes on the page, never guessed from a browser's German. */
const EXPLICIT_ONLY: ReadonlySet<Locale> = new Set<Locale>(['de-x-ls']);

// Headers are attacker-controlled: bound the work before parsing.
const MAX_HEADER_LENGTH = 4096;
const MAX_RANGES = 32;
const LANGUAGE_RANGE = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The page locale: `?lang=` if available, else the best Accept-Language match (exact tag, then primary
 * subtag, e.g. ar-EG → ar), else the fallback. Never throws, whatever the header contains. */
export function negotiateLocale({ query, acceptLanguage, available, fallback }: LocaleRequest): Locale {
  const queried = query === undefined ? undefined : find(available, query.trim().toLowerCase());
  if (queried) return queried;
  for (const range of languageRanges(acceptLanguage)) {
    const exact = find(available, range);
    if (exact && !EXPLICIT_ONLY.has(exact)) return exact;
    const primary = find(available, range.split('-')[0] ?? '');
    if (primary && !EXPLICIT_ONLY.has(primary)) return primary;
  }
  return fallback;
}

function find(available: readonly Locale[], tag: string): Locale | undefined {
  return available.find((locale) => locale === tag);
}

/** Language ranges by descending quality (stable for equal q); invalid entries and q=0 are dropped. */
function languageRanges(header: string | undefined): string[] {
  if (typeof header !== 'string' || header.length > MAX_HEADER_LENGTH) return [];
  const ranges: { tag: string; q: number; order: number }[] = [];
  for (const [order, entry] of header.split(',').slice(0, MAX_RANGES).entries()) {
    const [rawTag = '', ...parameters] = entry.split(';').map((part) => part.trim());
    const tag = rawTag.toLowerCase();
    if (!LANGUAGE_RANGE.test(tag)) continue;
    let q = 1;
    let valid = true;
    for (const parameter of parameters) {
      const match = QUALITY.exec(parameter.toLowerCase().replace(/\s+/g, ''));
      if (match?.[1] === undefined) valid = false;
      else q = Number(match[1]);
    }
    if (valid && q > 0) ranges.push({ tag, q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((range) => range.tag);
}
