import { htmlLang, type Locale } from './locales.ts';

/** Consultation deadlines are shown in the city's own time zone, whatever the server's zone is. */
const CITY_TIME_ZONE = 'Europe/Berlin';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

// Intl objects are costly to build and immutable, so each is built once per locale and kept.
function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit;
  const created = create();
  cache.set(key, created);
  return created;
}

// The Gregorian calendar everywhere: deadlines of a German city must not be read in another calendar.
const dateTimeFormat = (locale: Locale) =>
  cached(
    dateTimeFormats,
    `dt:${locale}`,
    () =>
      new Intl.DateTimeFormat(htmlLang(locale), {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: CITY_TIME_ZONE,
        calendar: 'gregory',
      }),
  );

const dateFormat = (locale: Locale) =>
  cached(
    dateTimeFormats,
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory' }),
  );

/** A moment (ISO date-time with offset) as a localized date and time in the city's time zone. */
export function formatDateTime(locale: Locale, iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat(locale).format(time);
}

/** A calendar date (`YYYY-MM-DD`) as a localized long date; anything else is returned unchanged. */
export function formatDate(locale: Locale, isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dateFormat(locale).format(time);
}

/** A number in the locale's notation (decimal comma in German, Persian digits in Persian). */
export function formatNumber(locale: Locale, value: number): string {
  return cached(
    numberFormats,
    locale,
    () => new Intl.NumberFormat(htmlLang(locale), { maximumFractionDigits: 6 }),
  ).format(value);
}

/** Items joined as "a, b and c" (conjunction) or "a, b or c" (disjunction) in the locale. */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: 'conjunction' | 'disjunction',
): string {
  return cached(
    listFormats,
    `${type}:${locale}`,
    () => new Intl.ListFormat(htmlLang(locale), { type }),
  ).format(items);
}

/** Picks the grammatical form for a count by the locale's plural rules (Russian "1 символ, 2 символа, 5 символов"). */
export function plural(
  locale: Locale,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached(pluralRules, locale, () => new Intl.PluralRules(htmlLang(locale))).select(count);
  return forms[rule] ?? forms.other;
}

/** A share (0.425) as a localized percentage with at most one decimal ("42,5 %", "٪٤٢٫٥"). */
export function formatPercent(locale: Locale, share: number): string {
  return cached(
    numberFormats,
    `%:${locale}`,
    () => new Intl.NumberFormat(htmlLang(locale), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(share);
}
