import { closedSince } from '../definition/schedule.ts';
import type { Consultation } from '../definition/schema.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { type RenderedPage, renderPage } from './document.tsx';
import { pageLocale, textIn } from './localized.ts';

export interface UnavailablePageInput {
  definition: Consultation;
  locale: Locale;
  reason: 'notYetOpen' | 'closed';
  /** When staff closed it by hand (the published state's `closedAt`), if they did. */
  closedAt?: string | undefined;
}

/**
 * Shown instead of the form before a consultation opens or after it closes, with the date that
 * matters: when closed by hand before its closing date, the moment it was closed.
 */
export function renderUnavailablePage({
  definition,
  reason,
  closedAt,
  ...input
}: UnavailablePageInput): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const m = messagesFor(locale);
  const heading = reason === 'notYetOpen' ? m.unavailable.notYetOpenTitle : m.unavailable.closedTitle;
  const text =
    reason === 'notYetOpen'
      ? m.unavailable.notYetOpen({ date: formatDateTime(locale, definition.opens) })
      : m.unavailable.closed({ date: formatDateTime(locale, closedSince(definition, closedAt)) });
  const title = textIn(definition.title, locale);
  return renderPage({
    locale,
    title: `${heading}: ${title}`,
    languages: definition.languages,
    children: (
      <>
        <p class="lead">{title}</p>
        <h1>{heading}</h1>
        <p>{text}</p>
        <p>
          <a href={`/?lang=${encodeURIComponent(locale)}`}>{m.chrome.backHome}</a>
        </p>
      </>
    ),
  });
}
