import type { ComponentChildren } from 'preact';
import type { Consultation } from '../../definition/schema.ts';
import { confirmMessagesFor } from '../../i18n/confirm/messages.ts';
import type { Locale } from '../../i18n/locales.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { pageLocale, textIn } from '../localized.ts';

/*
 * The pages of the email double opt-in: after the submit ("look in your inbox", or "already sent"),
 * and behind the emailed link (a button to confirm, confirmed, refused, expired). GET pages only
 * show; the button's POST is what confirms.
 */

export interface ConfirmPageBase {
  definition: Consultation;
  locale: Locale;
}

function page(
  input: ConfirmPageBase & { answersPost?: boolean },
  heading: string,
  body: (locale: Locale) => ComponentChildren,
): RenderedPage {
  const locale = pageLocale(input.definition, input.locale);
  const title = textIn(input.definition.title, locale);
  return renderPage({
    locale,
    title: `${heading}: ${title}`,
    // A page answering the form's POST has no address of its own: `?lang=` would open the form.
    languages: input.answersPost ? [locale] : input.definition.languages,
    children: (
      <>
        <p class="lead">{title}</p>
        <h1>{heading}</h1>
        {body(locale)}
      </>
    ),
  });
}

function Reference({ locale, reference }: { locale: Locale; reference: string }) {
  return (
    <p>
      {confirmMessagesFor(locale).reference}: <strong>{reference}</strong>
    </p>
  );
}

/** After the submit: the answer waits for its confirmation; the mail is on its way. */
export function renderCheckMailPage(
  input: ConfirmPageBase & { reference: string; hours: number },
): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page({ ...input, answersPost: true }, m.checkMailTitle, (locale) => (
    <>
      <p>{m.checkMailText}</p>
      <Reference locale={locale} reference={input.reference} />
      <p>{m.checkMailValidity({ hours: input.hours })}</p>
      <p class="hint">{m.checkMailSpam}</p>
    </>
  ));
}

/** A cap is reached: nothing was stored or sent; a link went to this address already. */
export function renderCappedPage(input: ConfirmPageBase): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page({ ...input, answersPost: true }, m.cappedTitle, () => (
    <>
      <p>{m.cappedText}</p>
      <p class="hint">{m.checkMailSpam}</p>
    </>
  ));
}

/** What the emailed link opens while the answer is pending: only the button's POST confirms. */
export function renderConfirmButtonPage(
  input: ConfirmPageBase & { reference: string; action: string },
): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page(input, m.confirmTitle, (locale) => (
    <>
      <p>{m.confirmText}</p>
      <Reference locale={locale} reference={input.reference} />
      <form method="post" action={input.action}>
        <button class="button" type="submit">
          {m.confirmButton}
        </button>
      </form>
    </>
  ));
}

/** The answer is confirmed (now, or by an earlier press of the button: the same page). */
export function renderConfirmedPage(input: ConfirmPageBase & { reference: string }): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page(input, m.confirmedTitle, (locale) => (
    <div class="panel">
      <p>{m.confirmedText}</p>
      <Reference locale={locale} reference={input.reference} />
      <p>{textIn(input.definition.thankYou, locale)}</p>
    </div>
  ));
}

/** onePerPerson with changeVote refuse: this person's answer was confirmed before and stays. */
export function renderRefusedPage(input: ConfirmPageBase): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page(input, m.refusedTitle, () => <p>{m.refusedText}</p>);
}

/** The link (and its pending answer) expired, or the consultation closed before it was confirmed. */
export function renderConfirmExpiredPage(
  input: ConfirmPageBase & { reason: 'expired' | 'closed' },
): RenderedPage {
  const m = confirmMessagesFor(pageLocale(input.definition, input.locale));
  return page(input, m.expiredTitle, (locale) => (
    <>
      <p>{input.reason === 'closed' ? m.closedText : m.expiredText}</p>
      {input.reason === 'expired' && (
        <p>
          <a href={`/c/${encodeURIComponent(input.definition.slug)}?lang=${encodeURIComponent(locale)}`}>
            {m.toForm}
          </a>
        </p>
      )}
    </>
  ));
}
