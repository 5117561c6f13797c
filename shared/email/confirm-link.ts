import type { Consultation } from '../definition/schema.ts';
import { confirmMessagesFor } from '../i18n/confirm/messages.ts';
import { emailMessagesFor } from '../i18n/email/messages.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { pageLocale, textIn } from '../views/localized.ts';
import { layoutEmail, type RenderedEmail } from './layout.tsx';

export interface ConfirmLinkEmailInput {
  definition: Consultation;
  locale: Locale;
  reference: string;
  link: { url: string; expiresAt: Date };
}

/**
 * The one email of an unconfirmed answer: reference, the consultation's title and the confirmation
 * link, never the answers (until the address is confirmed, nothing a stranger typed is mailed to it).
 */
export function renderConfirmLinkEmail(input: ConfirmLinkEmailInput): RenderedEmail {
  const { definition, reference, link } = input;
  const locale = pageLocale(definition, input.locale);
  const m = confirmMessagesFor(locale);
  const e = emailMessagesFor(locale);
  const title = textIn(definition.title, locale);
  return layoutEmail({
    locale,
    subject: m.mailSubject({ title }),
    greeting: e.greeting,
    paragraphs: [m.mailIntro({ title })],
    reference: { label: m.reference, value: reference },
    action: {
      kind: 'button',
      label: m.mailButton,
      url: link.url,
      notes: [m.mailValidUntil({ date: formatDateTime(locale, link.expiresAt.toISOString()) })],
    },
    closing: [m.mailIgnore],
    footer: [
      e.contact({ name: textIn(definition.contact.name, locale), email: definition.contact.email }),
      m.mailAutomatic,
    ],
  });
}
