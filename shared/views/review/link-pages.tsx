import { reviewMessagesFor } from '../../i18n/review/messages.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { textIn } from '../localized.ts';
import type { ReviewContext } from './review-context.ts';
import { ReviewHeading } from './submission-summary.tsx';

export interface ExpiredLinkPageInput extends ReviewContext {
  /** Where the button posts to ask for a fresh link (`/r/<token>/renew`). */
  renewPath: string;
}

/**
 * An expired link of a submission still waiting for this approver: a button (a POST, no script)
 * asks for a fresh link, which goes to the address the workflow has for them, never one typed here.
 */
export function renderExpiredLinkPage(input: ExpiredLinkPageInput): RenderedPage {
  const { definition, locale, renewPath } = input;
  const m = reviewMessagesFor(locale);
  return renderPage({
    locale,
    title: `${m.expiredTitle}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <ReviewHeading context={input} title={m.expiredTitle} />
        <p>{m.expiredText}</p>
        <form method="post" action={renewPath}>
          <button class="button" type="submit">
            {m.renewButton}
          </button>
        </form>
        <p class="hint">{m.renewLimit}</p>
      </>
    ),
  });
}

/** After asking for a fresh link: it is on its way to the approver's own address (which is not shown). */
export function renderLinkRenewedPage(input: ReviewContext): RenderedPage {
  const { definition, locale } = input;
  const m = reviewMessagesFor(locale);
  return renderPage({
    locale,
    title: `${m.renewedTitle}: ${textIn(definition.title, locale)}`,
    languages: definition.languages,
    children: (
      <>
        <div class="panel">
          <ReviewHeading context={input} title={m.renewedTitle} />
        </div>
        <p>{m.renewedText}</p>
        <p class="hint">{m.renewLimit}</p>
      </>
    ),
  });
}
