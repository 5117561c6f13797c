import type { Consultation } from '../definition/schema.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { statusLinkMessagesFor } from '../i18n/status-link/messages.ts';
import { type RenderedPage, renderPage } from './document.tsx';
import { pageLocale, textIn } from './localized.ts';
import { Paragraphs } from './paragraphs.tsx';

export interface ConfirmationPageInput {
  definition: Consultation;
  locale: Locale;
  reference: string;
  /** The address a copy of the answers goes to, when the resident asked for one. */
  copyTo?: string;
  /**
   * The private status link of a submission with an approval workflow (path or URL, and its expiry),
   * given only the first time the page is shown after the POST.
   */
  statusLink?: { url: string; expiresAt?: Date | undefined };
  /** The submission has a status link, but this view does not show it (opened again later). */
  statusLinkShownBefore?: boolean;
}

/** Thanks, the reference number in large type, and where the copy of the answers goes. */
export function renderConfirmationPage({
  definition,
  reference,
  copyTo,
  statusLink,
  statusLinkShownBefore,
  ...input
}: ConfirmationPageInput): RenderedPage {
  const locale = pageLocale(definition, input.locale);
  const m = messagesFor(locale);
  const s = statusLinkMessagesFor(locale);
  return renderPage({
    locale,
    title: `${m.confirmation.title}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <div class="panel">
          <h1>{m.confirmation.title}</h1>
          <p class="panel__label">{m.confirmation.reference}</p>
          <p class="panel__reference">{reference}</p>
        </div>
        {copyTo !== undefined && <p>{m.confirmation.copySentTo({ email: copyTo })}</p>}
        <p>{m.confirmation.keepReference}</p>
        {statusLink !== undefined && (
          <div class="status-link">
            <p>{s.confirmationLink}</p>
            <p>
              <a href={statusLink.url}>{s.title}</a>
            </p>
            {statusLink.expiresAt !== undefined && (
              <p>
                {s.linkValidUntil({
                  date: formatDateTime(locale, statusLink.expiresAt.toISOString()),
                })}
              </p>
            )}
            <p>{s.privateLink}</p>
            <p>
              <strong>{s.shownOnce}</strong>
              {copyTo !== undefined && ` ${s.inConfirmationMail}`}
            </p>
          </div>
        )}
        {statusLink === undefined && statusLinkShownBefore === true && (
          <p>
            {s.shownBefore}
            {copyTo !== undefined && ` ${s.inConfirmationMail}`}
          </p>
        )}
        <Paragraphs text={textIn(definition.thankYou, locale)} />
        <p>
          <a href={`/?lang=${encodeURIComponent(locale)}`}>{m.chrome.backHome}</a>
        </p>
      </>
    ),
  });
}
