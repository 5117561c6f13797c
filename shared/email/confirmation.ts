import type { Answers } from '../answers/types.ts';
import { type Consultation, participationOf } from '../definition/schema.ts';
import { emailMessagesFor } from '../i18n/email/messages.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import { statusLinkMessagesFor } from '../i18n/status-link/messages.ts';
import { isCountedField } from '../results/counted.ts';
import { pageLocale, textIn } from '../views/localized.ts';
import { answerRows } from './answer-rows.ts';
import { layoutEmail, type RenderedEmail } from './layout.tsx';

export interface ConfirmationEmailInput {
  definition: Consultation;
  locale: Locale;
  reference: string;
  answers: Answers;
  personal: Answers;
  /** The private status link, for a submission with an approval workflow. */
  statusLink?: { url: string; expiresAt?: Date | undefined } | undefined;
}

/** A complete email: header-safe subject, plain text and HTML with the same content. */
export type ConfirmationEmail = RenderedEmail;

/** The resident's copy of their answers, in their language, as subject, plain text and HTML. */
export function renderConfirmationEmail(input: ConfirmationEmailInput): ConfirmationEmail {
  const { definition, reference, statusLink } = input;
  const locale = pageLocale(definition, input.locale);
  const m = emailMessagesFor(locale);
  const s = statusLinkMessagesFor(locale);
  const title = textIn(definition.title, locale);
  // Nobody confirmed this address (a consultation without email confirmation): the copy carries
  // only what staff wrote, the chosen options, never a resident's own text (no relay of a stranger's
  // words to a stranger's inbox, issue 8).
  const unverified = participationOf(definition).verification !== 'email';
  const copied = (answers: Answers) =>
    unverified
      ? Object.fromEntries(
          Object.entries(answers).filter(([id]) =>
            definition.fields.some((field) => field.id === id && isCountedField(field)),
          ),
        )
      : answers;
  return layoutEmail({
    locale,
    subject: m.subject({ title, reference }),
    greeting: m.greeting,
    paragraphs: unverified ? [m.intro({ title }), m.unverifiedNote] : [m.intro({ title })],
    reference: { label: m.reference, value: reference },
    action: statusLink && {
      kind: 'inline',
      label: s.confirmationLink,
      url: statusLink.url,
      notes: statusLink.expiresAt
        ? [s.linkValidUntil({ date: formatDateTime(locale, statusLink.expiresAt.toISOString()) })]
        : [],
    },
    answers: {
      title: m.yourAnswers,
      rows: answerRows(definition, locale, copied(input.answers), copied(input.personal)),
    },
    closing: [textIn(definition.thankYou, locale)],
    footer: [
      m.contact({ name: textIn(definition.contact.name, locale), email: definition.contact.email }),
      m.automatic,
    ],
  });
}
