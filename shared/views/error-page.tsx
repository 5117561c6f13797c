import { LOCALES, type Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { type RenderedPage, renderPage } from './document.tsx';

/** The HTTP statuses that have a page of their own. */
export type ErrorPageStatus = 400 | 403 | 404 | 405 | 413 | 415 | 500;

/** A localized error page; it never shows details of what went wrong. */
export function renderErrorPage({
  locale,
  status,
}: {
  locale: Locale;
  status: ErrorPageStatus;
}): RenderedPage {
  const m = messagesFor(locale);
  const { title, text } = m.errorPages[status];
  return renderPage({
    locale,
    title,
    languages: LOCALES,
    children: (
      <>
        <h1>{title}</h1>
        <p>{text}</p>
        <p>
          <a href={`/?lang=${encodeURIComponent(locale)}`}>{m.chrome.backHome}</a>
        </p>
      </>
    ),
  });
}
