import type { Consultation } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { statusMessagesFor } from '../../i18n/status/messages.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { pageLocale, textIn } from '../localized.ts';

/**
 * Why a revision was not stored: the submission is not sent back (any more), is decided, or
 * changed since the form was rendered.
 */
export type ResubmitRefusal = 'notSentBack' | 'final' | 'stale';

export interface ResubmitRefusedPageInput {
  definition: Consultation;
  locale: Locale;
  reason: ResubmitRefusal;
  /** The status page to go back to (the status link's path). */
  statusPath: string;
}

/** The answer to a revision that cannot be stored (409): what happened and the way back to the status. */
export function renderResubmitRefusedPage({
  definition,
  reason,
  statusPath,
  ...input
}: ResubmitRefusedPageInput): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const m = statusMessagesFor(locale);
  const [heading, text] = {
    notSentBack: [m.notSentBackTitle, m.notSentBack],
    final: [m.finalTitle, m.final],
    stale: [m.staleTitle, m.stale],
  }[reason];
  const consultationTitle = textIn(definition.title, locale);
  return renderPage({
    locale,
    title: `${heading}: ${consultationTitle}`,
    languages: definition.languages,
    children: (
      <>
        <p class="lead">{consultationTitle}</p>
        <h1>{heading}</h1>
        <p>{text}</p>
        <p>
          <a href={`${statusPath}?lang=${encodeURIComponent(locale)}`}>{m.backToStatus}</a>
        </p>
      </>
    ),
  });
}
