import type { Consultation } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { emptyText } from './blanks.ts';

/**
 * The first draft of a new consultation: from scratch (a skeleton with every required key, texts
 * empty) or as a copy of a published one, with a new id and slug and the dates moved to the future.
 */

const ZONE = 'Europe/Berlin';
/** How long a new consultation is open by default. */
export const DEFAULT_OPEN_DAYS = 28;
/** How long a new consultation keeps personal answers by default (staff change it in the settings). */
export const DEFAULT_RETENTION_DAYS = 180;

/**
 * The default opening period: from the start of the next day in Berlin (00:00 local time, written
 * with that day's offset) until the start of the day 28 days later, e.g.
 * `2026-03-20T00:00:00+01:00` to `2026-04-17T00:00:00+02:00` across the change to summer time.
 */
export function defaultOpeningPeriod(now: Date): { opens: string; closes: string } {
  const today = berlinDate(now);
  return { opens: startOfDay(addDays(today, 1)), closes: startOfDay(addDays(today, 1 + DEFAULT_OPEN_DAYS)) };
}

/** A new draft with every required key: empty texts in each language, no fields yet, default dates. */
export function newDraft(input: {
  id: string;
  slug: string;
  languages: readonly Locale[];
  defaultLanguage: Locale;
  now: Date;
}): Record<string, unknown> {
  const { id, slug, defaultLanguage, now } = input;
  const languages = [...input.languages];
  const empty = () => emptyText({ languages });
  return {
    id,
    slug,
    defaultLanguage,
    languages,
    ...defaultOpeningPeriod(now),
    retentionDays: DEFAULT_RETENTION_DAYS,
    title: empty(),
    intro: empty(),
    thankYou: empty(),
    contact: { email: '', name: empty() },
    fields: [],
  };
}

/** A draft copied from a consultation: everything kept but the id, the slug and the dates. */
export function draftFromTemplate(
  definition: Consultation,
  { id, slug, now }: { id: string; slug: string; now: Date },
): Record<string, unknown> {
  const copy: Record<string, unknown> = structuredClone(definition);
  return { ...copy, id, slug, ...defaultOpeningPeriod(now) };
}

type CalendarDay = { year: number; month: number; day: number };

function berlinDate(at: Date): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function addDays({ year, month, day }: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `2026-03-20T00:00:00+01:00`: midnight in Berlin with the offset in force then. */
function startOfDay(day: CalendarDay): string {
  // Berlin changes its clocks at 01:00 UTC, so two hours before UTC midnight is still the offset of local midnight.
  const probe = new Date(Date.UTC(day.year, day.month - 1, day.day) - 2 * 3600_000);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(probe)
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = /^GMT([+-]\d{2}:\d{2})$/.exec(name ?? '')?.[1] ?? '+00:00';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}T00:00:00${offset}`;
}
