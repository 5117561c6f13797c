import type { Consultation } from '../../definition/schema.ts';
import type { Locale } from '../../i18n/locales.ts';
import { statusMessagesFor } from '../../i18n/status/messages.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { pageLocale, textIn } from '../localized.ts';

export interface StatusLinkExpiredPageInput {
  definition: Consultation;
  locale: Locale;
}

/**
 * An expired status link: no renewal (the link is the only proof of who asks), so the page names
 * the department to contact instead.
 */
export function renderStatusLinkExpiredPage({
  definition,
  ...input
}: StatusLinkExpiredPageInput): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const m = statusMessagesFor(locale);
  const consultationTitle = textIn(definition.title, locale);
  return renderPage({
    locale,
    title: `${m.expiredTitle}: ${consultationTitle}`,
    languages: definition.languages,
    children: (
      <>
        <p class="lead">{consultationTitle}</p>
        <h1>{m.expiredTitle}</h1>
        <p>{m.expiredText}</p>
        <p>{m.contact({ name: textIn(definition.contact.name, locale), email: definition.contact.email })}</p>
      </>
    ),
  });
}
